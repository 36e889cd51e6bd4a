from django import template

register = template.Library()


@register.filter
def seen_by(occurrence, person):
    """A meeting's name as this person says it ("1:1 with Sam Okafor")."""
    return occurrence.title_for(person)
