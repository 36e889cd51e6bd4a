"""Small-number protection for the funders' report.

It applies where a figure is about people's health or their support and could point to
someone: wellbeing (WHO-5), caseloads, and how supervisees are grouped by the share of
their 1:1s held. Training and activity counts (people trained, sign-offs, meetings held)
are not health data and are shown as they are.

1. A count of 1 to 4 people is hidden ("fewer than 5"); 0 and 5 or more are shown.
2. Secondary suppression: where the counts of a group add up to a total that is shown, a
   single hidden count could be worked out by subtraction, so the next smallest count is
   hidden too ("not shown"). A total of 1 to 4 is hidden itself.
3. An average is shown only when it rests on 5 or more people; otherwise the report says
   that it is not shown and why.
"""

from django.utils.translation import gettext as _

SMALL = 5


def fewer_than_5():
    return _("fewer than 5")


def not_shown():
    return _("not shown")


def is_hidden(value):
    return not isinstance(value, int | float)


def suppress(count):
    """A count of people as it may be shown: 0, "fewer than 5", or the number."""
    if 0 < count < SMALL:
        return fewer_than_5()
    return count


def protect(counts):
    """The counts of one group (adding up to a total that is shown) as they may be shown,
    in the same order: steps 1 and 2 above."""
    shown = [suppress(count) for count in counts]
    hidden = [index for index, value in enumerate(shown) if is_hidden(value)]
    if len(hidden) == 1:
        others = [(count, index) for index, count in enumerate(counts) if count >= SMALL]
        if others:
            _count, index = min(others)
            shown[index] = not_shown()
    return shown


def average(total, people, places=1):
    """An average over `people` people, or why it is not shown."""
    if people == 0:
        return _("no one to count")
    if people < SMALL:
        return _("not shown (fewer than 5 people)")
    return round(total / people, places)
