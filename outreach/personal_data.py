"""Personal data outreach keeps (privacy/inventory.py collects this module).

First steppers: special category health data about people who did not choose Waymark and
never sign in. A manager exports (a JSON file) or erases one from their page; the retention
rule erases them two years (by default) after the last contact. Their distance-travelled
readings are health data too: exported, erased (their own words go; the scores stay with no
name, so averages already reported are not worked out again with a name) and kept for as long
as the first stepper is. A peer supporter's caseload
is about the first steppers on it, not about them: their links are only who acted.
"""

from django.utils.translation import gettext_lazy as _

from privacy.inventory import NonUserKind, register

FIRST_STEPPERS = NonUserKind(
    name="first_steppers",
    models=("outreach.FirstStepper", "outreach.Contact", "outreach.StageChange", "outreach.Review",
            "outreach.Reading", "outreach.DomainScore", "outreach.StatementAnswer"),
    export="outreach.export.first_stepper_export",
    erase="outreach.services.first_stepper_erase",
    on_erase=_("Name, phone number, contact preferences, safety notes, every note and their own words in "
               "distance-travelled readings are erased; that contacts happened, their kind and time, and the "
               "readings' scores and answers stay for the reports, with no name."),
    retention="first_steppers",
)

register(
    non_user=[FIRST_STEPPERS],
    acted_on={
        "outreach.FirstStepper.peer_supporter": "the peer supporter who holds a first stepper",
        "outreach.FirstStepper.created_by": "who recorded a referral",
        "outreach.Contact.by": "who logged a contact with a first stepper",
        "outreach.SupporterTally.supporter": "who logged contacts, counted for the First Steps report",
        "outreach.SupporterDay.supporter": "who logged contacts on a day, counted for the First Steps report",
        "outreach.StageChange.by": "who changed a first stepper's stage",
        "outreach.Review.by": "who reviewed a first stepper in a 1:1",
        "outreach.Reading.by": "the peer supporter who took a distance-travelled reading",
        "outreach.InstrumentVersion.created_by": "the manager who revised the distance-travelled questions",
    },
)
