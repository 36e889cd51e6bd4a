from django import forms
from django.contrib.auth import get_user_model
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from people import inputs
from people.roles import Role
from supervision import who5
from supervision.models import Availability, Kind, OneToOneRecord

User = get_user_model()

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


def people_with_role(role):
    return User.objects.filter(is_active=True, groups__name=role.value).order_by("full_name")


def slot_choices(slots):
    return [
        (timezone.localtime(s).strftime("%Y-%m-%dT%H:%M"), formats.date_format(timezone.localtime(s), "l j F, H:i"))
        for s in slots
    ]


def parse_slot(value):
    from datetime import datetime

    from supervision.recurrence import localise

    try:
        moment = datetime.strptime(value, "%Y-%m-%dT%H:%M")
    except (TypeError, ValueError):
        raise forms.ValidationError(_("Choose one of the times shown.")) from None
    inputs.validate_date_in_range(moment)
    return localise(moment)


class AssignForm(forms.Form):
    supervisor = forms.ModelChoiceField(label=_("Supervisor"), queryset=User.objects.none(),
                                        empty_label=_("Choose a supervisor"))
    started_on = forms.DateField(label=_("From"), widget=DATE, initial=timezone.localdate)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["supervisor"].queryset = people_with_role(Role.SUPERVISOR)


class AvailabilityForm(forms.Form):
    weekday = forms.TypedChoiceField(label=_("Day"), choices=Availability.Weekday.choices, coerce=int)
    starts_at = forms.TimeField(label=_("From"), widget=TIME)
    ends_at = forms.TimeField(label=_("Until"), widget=TIME)


class SlotForm(forms.Form):
    """Choose one of the free times offered."""

    slot = forms.ChoiceField(label=_("Choose a time"), widget=forms.RadioSelect,
                             error_messages={"required": _("Choose a time."),
                                             "invalid_choice": _("That time is no longer free. Choose another.")})

    def __init__(self, *args, slots, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"].choices = slot_choices(slots)

    def clean_slot(self):
        return parse_slot(self.cleaned_data["slot"])


class AskToMoveForm(SlotForm):
    reason = forms.CharField(label=_("Why do you need to move it? (optional)"), required=False,
                             widget=forms.Textarea(attrs={"rows": 3}))


class WhenForm(forms.Form):
    day = forms.DateField(label=_("Date"), widget=DATE)
    time = forms.TimeField(label=_("Time"), widget=TIME)

    def starts_at(self):
        from supervision.recurrence import combine_local

        return combine_local(self.cleaned_data["day"], self.cleaned_data["time"])


class MoveForm(WhenForm):
    ONE, FOLLOWING = "one", "following"
    scope = forms.ChoiceField(
        label=_("Which meetings?"), widget=forms.RadioSelect, initial=ONE,
        choices=[(ONE, _("Only this one")), (FOLLOWING, _("This one and all after it"))],
    )


class CancelForm(forms.Form):
    scope = forms.ChoiceField(
        label=_("Which meetings?"), widget=forms.RadioSelect, initial=MoveForm.ONE,
        choices=[(MoveForm.ONE, _("Only this one")), (MoveForm.FOLLOWING, _("This one and all after it"))],
    )


class SeriesForm(WhenForm):
    kind = forms.ChoiceField(label=_("Kind of meeting"), choices=Kind.choices)
    title = forms.CharField(label=_("Title"), max_length=150)
    duration_minutes = forms.IntegerField(label=_("Length in minutes"), min_value=5, max_value=480, initial=60)
    rrule = forms.CharField(
        label=_("How it repeats"), initial="FREQ=WEEKLY", max_length=500,
        help_text=_("An iCalendar repeat rule. Every week: FREQ=WEEKLY. Every two weeks: FREQ=WEEKLY;INTERVAL=2. "
                    "Every weekday: FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR. Every month: FREQ=MONTHLY."),
    )
    place = forms.CharField(label=_("Place"), max_length=200, required=False)
    online_link = forms.URLField(label=_("Online link"), required=False, assume_scheme="https")
    all_volunteers = forms.BooleanField(label=_("All volunteers"), required=False)
    members = forms.ModelMultipleChoiceField(
        label=_("People"), queryset=User.objects.none(), required=False, widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave empty if the meeting is for all volunteers."),
    )
    skip_bank_holidays = forms.BooleanField(label=_("Skip bank holidays"), required=False, initial=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["members"].queryset = User.objects.filter(is_active=True).order_by("full_name")
        self.order_fields(["kind", "title", "day", "time", "duration_minutes", "rrule", "place", "online_link",
                           "all_volunteers", "members", "skip_bank_holidays"])

    def clean_rrule(self):
        from supervision.recurrence import normalise_rule

        return normalise_rule(self.cleaned_data["rrule"])


class SeriesDetailsForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=150)
    place = forms.CharField(label=_("Place"), max_length=200, required=False)
    online_link = forms.URLField(label=_("Online link"), required=False, assume_scheme="https")


class SeriesMembersForm(forms.Form):
    members = forms.ModelMultipleChoiceField(
        label=_("People in this series"), queryset=User.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    from_day = forms.DateField(label=_("From"), widget=DATE,
                               help_text=_("Meetings from this date on change. Earlier meetings stay as they were."))

    def __init__(self, *args, organiser, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["members"].queryset = User.objects.filter(is_active=True).exclude(pk=organiser.pk).order_by(
            "full_name"
        )


class RhythmForm(forms.Form):
    organiser = forms.ModelChoiceField(label=_("Run by"), queryset=User.objects.none(), empty_label=None)
    day = forms.DateField(label=_("First date"), widget=DATE)
    time = forms.TimeField(label=_("Time"), widget=TIME)
    place = forms.CharField(label=_("Place"), max_length=200, required=False)
    online_link = forms.URLField(label=_("Online link"), required=False, assume_scheme="https")
    skip_bank_holidays = forms.BooleanField(label=_("Skip bank holidays"), required=False, initial=True)

    def __init__(self, *args, template, **kwargs):
        super().__init__(*args, **kwargs)
        role = Role.SUPERVISOR if template.per_supervisee else None
        people = User.objects.filter(is_active=True, groups__name__in=[Role.SUPERVISOR.value, Role.MANAGER.value])
        if role:
            people = people_with_role(role)
        self.fields["organiser"].queryset = people.distinct().order_by("full_name")


class AttendanceForm(forms.Form):
    CHOICES = [("", _("Not recorded")), ("attended", _("Attended")), ("apologies", _("Sent apologies")),
               ("did_not_attend", _("Did not attend"))]

    def __init__(self, *args, attendees, **kwargs):
        super().__init__(*args, **kwargs)
        for attendee in attendees:
            self.fields[f"person_{attendee.person_id}"] = forms.ChoiceField(
                label=str(attendee.person), choices=self.CHOICES, required=False, widget=forms.RadioSelect,
                initial=attendee.attendance,
            )

    def marks(self):
        return {int(name.split("_", 1)[1]): value for name, value in self.cleaned_data.items()}


class TopicsForm(forms.Form):
    topics = forms.CharField(
        label=_("Topics covered"), required=False, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Topics only. Do not write anything about a person here."),
    )


class RecordForm(forms.ModelForm):
    class Meta:
        model = OneToOneRecord
        fields = ["notes", "shared_notes", "caseload_discussed", "wellbeing_discussed", "safeguarding_concern",
                  "safeguarding_action"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 6}), "shared_notes": forms.Textarea(attrs={"rows": 3}),
                   "safeguarding_action": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "notes": _("Confidential: only you and managers see these."),
            "shared_notes": _("The volunteer sees this."),
            "safeguarding_action": _("Required if a safeguarding concern was raised."),
        }


class ActionForm(forms.Form):
    description = forms.CharField(label=_("What was agreed"), max_length=300)
    owner = forms.ChoiceField(label=_("Who will do it"), widget=forms.RadioSelect)
    due_on = forms.DateField(label=_("Due by"), widget=DATE)

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].choices = [(str(p.pk), str(p)) for p in people]
        self.people = {str(p.pk): p for p in people}

    def clean_owner(self):
        return self.people[self.cleaned_data["owner"]]


class CheckInForm(forms.Form):
    """One page, radio groups: under a minute on a phone. Only a volunteer who supports
    people (`ask_caseload`, an active one) is asked how many they support, and not even
    they once Waymark holds their First Steps caseload (`caseload` given)."""

    def __init__(self, *args, ask_caseload=True, caseload=None, contact_promise="", **kwargs):
        self.known_caseload = caseload
        super().__init__(*args, **kwargs)
        for field, statement in who5.ITEMS:
            self.fields[field] = forms.TypedChoiceField(
                label=statement, choices=who5.ANSWERS, coerce=int, widget=forms.RadioSelect,
                error_messages={"required": _("Choose an answer for “%(statement)s”.") % {"statement": statement}},
            )
        if ask_caseload and caseload is None:
            self.fields["caseload"] = forms.IntegerField(
                label=_("How many people are you supporting at the moment?"), min_value=0, max_value=200,
                widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
                error_messages={"required": _("Say how many people you support now (0 if none).")},
            )
        self.fields["recovery"] = forms.TypedChoiceField(
            label=_("How is your own recovery going?"), choices=who5.RECOVERY_ANSWERS, coerce=int,
            widget=forms.RadioSelect, error_messages={"required": _("Say how your own recovery is going.")},
        )
        self.fields["worries"] = forms.CharField(
            label=_("Is anything worrying you? (optional)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
        )
        self.fields["contact_requested"] = forms.BooleanField(
            label=_("I would like my supervisor to contact me"), required=False, help_text=contact_promise
        )

    def clean(self):
        data = super().clean()
        if self.known_caseload is not None:
            data["caseload"] = self.known_caseload
        return data


class FlagResolveForm(forms.Form):
    resolution = forms.CharField(label=_("What did you do?"), widget=forms.Textarea(attrs={"rows": 3}),
                                 error_messages={"required": _("Write what you did, so the flag can be closed.")})
