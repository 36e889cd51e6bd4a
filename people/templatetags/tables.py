"""One wrapper for every table: `{% table_region _("Check-ins") %}<table>…</table>{% endtable_region %}`.

On a phone a wide table scrolls sideways inside it. A region that scrolls must be reachable
by keyboard and have a name, so it is always a named, focusable region: whether it scrolls
depends on the screen, which can change while the page is open (a phone turned round).
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


class TableRegionNode(template.Node):
    def __init__(self, label, nodelist):
        self.label = label
        self.nodelist = nodelist

    def render(self, context):
        return format_html(
            '<div class="waymark-table-wrap" role="region" aria-label="{}" tabindex="0" data-scroll-region>{}</div>',
            self.label.resolve(context),
            mark_safe(self.nodelist.render(context)),  # noqa: S308 (the template's own rendered output)
        )


@register.tag
def table_region(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("table_region takes one argument: the table's name.")
    nodelist = parser.parse(("endtable_region",))
    parser.delete_first_token()
    return TableRegionNode(parser.compile_filter(bits[1]), nodelist)
