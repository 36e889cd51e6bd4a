"""The WHO-5 Well-Being Index: the published items and answer labels, and its credit line."""

from django.utils.translation import gettext_lazy as _

INTRO = _(
    "Please indicate for each of the five statements which is closest to how you have been "
    "feeling over the last two weeks."
)

# Our own plain words under the instrument's introduction, which must stay as published.
PLAIN_INTRO = _(
    "In other words: for each sentence, choose how much of the time it has been true for you. "
    "We ask every week, but each time the questions are about the last two weeks, not just this one."
)

# (field, the instrument's published statement)
ITEMS = [
    ("who5_cheerful", _("I have felt cheerful and in good spirits")),
    ("who5_calm", _("I have felt calm and relaxed")),
    ("who5_active", _("I have felt active and vigorous")),
    ("who5_rested", _("I woke up feeling fresh and rested")),
    ("who5_interested", _("My daily life has been filled with things that interest me")),
]

ANSWERS = [
    (5, _("All of the time")),
    (4, _("Most of the time")),
    (3, _("More than half of the time")),
    (2, _("Less than half of the time")),
    (1, _("Some of the time")),
    (0, _("At no time")),
]

# The instrument's terms ask that its source is credited wherever it is used.
CREDIT = _(
    "WHO-5 Well-Being Index © Psychiatric Research Unit, Mental Health Centre North Zealand, "
    "Hillerød, Denmark. Used with credit as its terms ask."
)

RECOVERY_ANSWERS = [
    (5, _("Very well")),
    (4, _("Well")),
    (3, _("OK")),
    (2, _("Not so well")),
    (1, _("Badly")),
]
