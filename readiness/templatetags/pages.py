from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def page_link(context, param, number, anchor=""):
    """This page's address with `param` set to `number`, keeping the other filters."""
    query = context["request"].GET.copy()
    query[param] = number
    return "?" + query.urlencode() + (f"#{anchor}" if anchor else "")
