"""The WHO-5 Well-Being Index: the published items and answer labels, and its credit line."""

from django.utils.translation import gettext_lazy as _

# The instrument's own words (its introduction, statements and answers) are shown as published,
# in English, in every language: its owners publish no Welsh version, and a translation of our
# own would not be the validated measure. So they are not marked for translation; the check-in
# marks them lang="en-gb" and explains why in Welsh (WELSH_NOTE).
MEASURE_LANGUAGE = "en-gb"

INTRO = (
    "Please indicate for each of the five statements which is closest to how you have been "
    "feeling over the last two weeks."
)

WELSH_NOTE = _(
    "The five statements below are in English. They are a published wellbeing measure, and the "
    "people who made it have not published a Welsh version. A translation of our own would not be "
    "the same measure, so your answers could not be compared over time. The rest of the check-in is in Welsh."
)

# Our own plain words under the instrument's introduction, which must stay as published.
PLAIN_INTRO = _(
    "In other words: for each sentence, choose how much of the time it has been true for you. "
    "We ask every week, but each time the questions are about the last two weeks, not just this one."
)

# (field, the instrument's published statement)
ITEMS = [
    ("who5_cheerful", "I have felt cheerful and in good spirits"),
    ("who5_calm", "I have felt calm and relaxed"),
    ("who5_active", "I have felt active and vigorous"),
    ("who5_rested", "I woke up feeling fresh and rested"),
    ("who5_interested", "My daily life has been filled with things that interest me"),
]

ANSWERS = [
    (5, "All of the time"),
    (4, "Most of the time"),
    (3, "More than half of the time"),
    (2, "Less than half of the time"),
    (1, "Some of the time"),
    (0, "At no time"),
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
