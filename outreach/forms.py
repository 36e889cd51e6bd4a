from datetime import datetime, time, timedelta

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from outreach.models import ContactKind, FirstStepper, ReferralSource, Review, Stage, StepBackReason, Topic
from people.roles import Role
from people.status import Status

User = get_user_model()
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


def peer_supporters():
    """Who can hold a caseload: active volunteers marked to hold a First Steps caseload."""
    return User.objects.filter(
        is_active=True, groups__name=Role.VOLUNTEER.value, volunteer_profile__status=Status.ACTIVE,
        volunteer_profile__first_steps_caseload=True,
    ).order_by("full_name")


class ReferralForm(forms.ModelForm):
    peer_supporter = forms.ModelChoiceField(
        label=_("Peer supporter"), queryset=User.objects.none(), required=False,
        empty_label=_("Not yet: assign later"),
    )

    class Meta:
        model = FirstStepper
        fields = ["name", "phone", "contact_by", "contact_times", "may_leave_message", "source", "substance",
                  "referred_on", "safety_notes"]
        widgets = {
            "contact_by": forms.RadioSelect, "substance": forms.RadioSelect, "referred_on": DATE,
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "off", "inputmode": "tel"}),
            "safety_notes": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "contact_times": _("For example: weekday mornings, not after 6pm."),
            "safety_notes": _("Anything the referrer said that keeps them and you safe."),
        }

    def __init__(self, *args, can_assign=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].queryset = ReferralSource.objects.filter(active=True)
        self.fields["source"].empty_label = _("Choose who referred them")
        for name in ("substance", "contact_by"):
            self.fields[name].choices = [choice for choice in self.fields[name].choices if choice[0]]
        if can_assign:
            self.fields["peer_supporter"].queryset = peer_supporters()
        else:
            del self.fields["peer_supporter"]


def _next_default():
    """Two days from now at the same hour, rounded: one tap to accept it."""
    soon = timezone.localtime() + timedelta(days=2)
    return soon.date(), time(soon.hour if 9 <= soon.hour <= 17 else 10, 0)


class ContactForm(forms.Form):
    kind = forms.ChoiceField(label=_("What happened?"), choices=ContactKind.choices, widget=forms.RadioSelect,
                             error_messages={"required": _("Choose what happened.")})
    minutes = forms.IntegerField(label=_("How long, in minutes (optional)"), min_value=0, max_value=600,
                                 required=False, widget=forms.NumberInput(attrs={"inputmode": "numeric"}))
    topics = forms.MultipleChoiceField(label=_("What did you talk about? (optional)"), choices=Topic.choices,
                                       widget=forms.CheckboxSelectMultiple, required=False)
    notes = forms.CharField(label=_("Private notes (optional)"), required=False,
                            widget=forms.Textarea(attrs={"rows": 3}))
    safeguarding_concern = forms.BooleanField(label=_("I have a safeguarding concern"), required=False)
    safeguarding_action = forms.CharField(label=_("What was done about it"), required=False,
                                          widget=forms.Textarea(attrs={"rows": 2}))
    next_day = forms.DateField(label=_("Next contact: day"), widget=DATE, required=False)
    next_time = forms.TimeField(label=_("Next contact: time"), widget=TIME, required=False)

    def __init__(self, *args, needs_next=True, **kwargs):
        super().__init__(*args, **kwargs)
        day, at = _next_default()
        self.fields["next_day"].initial, self.fields["next_time"].initial = day, at
        if not needs_next:
            del self.fields["next_day"], self.fields["next_time"]

    def clean(self):
        data = super().clean()
        if "next_day" in self.fields:
            if not data.get("next_day") or not data.get("next_time"):
                raise forms.ValidationError(_("Give the day and time of the next contact."))
            data["next_at"] = timezone.make_aware(datetime.combine(data["next_day"], data["next_time"]))
        return data

    def service_kwargs(self):
        data = self.cleaned_data
        return {key: data.get(key) for key in ("kind", "minutes", "topics", "notes", "safeguarding_concern",
                                                "safeguarding_action", "next_at")}


class StageForm(forms.Form):
    stage = forms.ChoiceField(label=_("Stage"), choices=Stage.choices, widget=forms.RadioSelect)


class StepBackForm(forms.Form):
    reason = forms.ChoiceField(label=_("Why are you stepping back?"), choices=StepBackReason.choices,
                               widget=forms.RadioSelect,
                               error_messages={"required": _("Say why you are stepping back.")})


class AssignForm(forms.Form):
    peer_supporter = forms.ModelChoiceField(label=_("Peer supporter"), queryset=User.objects.none(),
                                            empty_label=_("Choose a peer supporter"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["peer_supporter"].queryset = peer_supporters()


class SourceForm(forms.Form):
    name = forms.CharField(label=_("Who refers people"), max_length=100)


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(label=_("Are we being helpful and purposeful?"), choices=Review.Decision.choices,
                                 widget=forms.RadioSelect)
    note = forms.CharField(label=_("Note (optional)"), max_length=300, required=False)
