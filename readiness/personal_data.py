"""Personal data readiness keeps: pre-start checks, sign-offs and the stored judgements
(privacy/inventory.py collects this module, as the admin collects admin.py)."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from people.models import SupervisorAssignment
from privacy import erasers
from privacy.inventory import Kind, local, name_of, register
from readiness.models import PreStartCheck, ReadinessSummary, SignOff
from readiness.states import rule_states_worded

register(
    Kind(
        "pre_start_checks", "readiness.PreStartCheck", ("volunteer",),
        lambda p: PreStartCheck.objects.filter(volunteer=p).select_related("check_type", "recorded_by"),
        erasers.delete,
        _("Their pre-start checks (such as a DBS check) are deleted."),
        columns=(("id", "id"), ("check", "check_type.name"), ("applied_or_requested_on", "started_on"),
                 ("requested_from", "requested_from"), ("chased_on", "chased_on"), ("done_on", "done_on"),
                 ("certificate_last4", "certificate_last4"), ("renew_by", "expires_on"),
                 ("note", "note"), ("recorded_by", name_of("recorded_by")), ("recorded_at", local("recorded_at"))),
        description=_("Checks recorded before they started, such as a DBS check."),
    ),
    Kind(
        "sign_offs", "readiness.SignOff", ("volunteer",),
        lambda p: SignOff.objects.filter(volunteer=p).select_related("signed_by"),
        erasers.blank("reason", rule_states=[]),
        _("That they were signed off as ready to start, and when, is kept; the reasons are deleted."),
        columns=(("id", "id"), ("signed_at", local("signed_at")), ("signed_by", name_of("signed_by")),
                 ("override", "override"), ("reason", "reason"),
                 ("rules_then", lambda row: rule_states_worded(row.rule_states))),
        description=_("Sign-off as ready to start: when, by whom, and the state of each readiness rule."),
    ),
    Kind(
        "readiness_summary", "readiness.ReadinessSummary", ("volunteer",),
        lambda p: ReadinessSummary.objects.filter(
            Q(volunteer=p) | Q(volunteer__in=SupervisorAssignment.objects.filter(supervisor=p).values("volunteer"))
        ),
        erasers.delete,
        _("The stored judgement of their readiness is deleted, and so is that of everyone they supervised, which "
          "names them; each is worked out again when next needed."),
        not_exported=_("Worked out from the courses, checks and supervision exported here; kept only so the "
                       "readiness board is quick."),
    ),
    acted_on={
        "readiness.PreStartCheck.recorded_by": "who recorded a pre-start check",
        "readiness.SignOff.signed_by": "who signed a volunteer off",
    },
)
