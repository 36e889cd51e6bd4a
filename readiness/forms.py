from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import Course
from courses.translations import originals
from people.models import Placement
from people.status import Status
from readiness.models import CheckType, ReadinessSettings, RequiredCourse
from readiness.selectors import NOT_YET_ACTIVE


class BoardFilterForm(forms.Form):
    """The board's filters. Unknown values are errors the page explains, not silently ignored."""

    q = forms.CharField(label=_("Name"), required=False, max_length=100)
    placement = forms.ChoiceField(label=_("Placement"), required=False)
    supervisor = forms.TypedChoiceField(label=_("Supervisor"), required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(label=_("Status"), required=False)
    sort = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=[("name", _("Name")), ("ready", _("Ready first")), ("projected", _("Soonest ready first"))],
    )

    def __init__(self, *args, supervisors=(), **kwargs):
        # supervisors: (id, name) pairs.
        super().__init__(*args, **kwargs)
        self.fields["placement"].choices = [("", _("Any placement"))] + [
            (p.slug, p.name) for p in Placement.objects.all()
        ]
        self.fields["supervisor"].choices = [("", _("Any supervisor"))] + list(supervisors)
        self.fields["status"].choices = [("", _("Not yet active"))] + [
            (s.value, s.label) for s in Status if s in NOT_YET_ACTIVE
        ]
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = _("“%(value)s” is not one of the choices. Pick one from the list.")


class CheckForm(forms.Form):
    """A check received (done)."""

    check_type = forms.ModelChoiceField(label=_("Check"), queryset=CheckType.objects.all(), empty_label=None)
    done_on = forms.DateField(label=_("Date done"), widget=forms.DateInput(attrs={"type": "date"}),
                              help_text=_("The day it was received, for example the date on the certificate."))
    certificate_last4 = forms.RegexField(
        label=_("Certificate number: last four digits only"), required=False, regex=r"^\d{4}$", max_length=4,
        help_text=_("For a DBS check. Do not write the whole number."),
        error_messages={"invalid": _("Give only the last four digits of the certificate number, for example 0123.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "class": "govuk-input--width-4"}),
    )
    expires_on = forms.DateField(
        label=_("Renew by"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Leave empty to use the usual renewal period for this check."),
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=200)


class StartCheckForm(forms.Form):
    """A check applied for (DBS) or requested (a reference), not yet received."""

    check_type = forms.ModelChoiceField(label=_("Check"), queryset=CheckType.objects.all(), empty_label=None)
    started_on = forms.DateField(label=_("Date applied for or requested"),
                                 widget=forms.DateInput(attrs={"type": "date"}))
    requested_from = forms.CharField(label=_("Requested from (for a reference)"), required=False, max_length=200,
                                     help_text=_("The name of the person giving the reference."))


class ChaseForm(forms.Form):
    check_type = forms.ModelChoiceField(queryset=CheckType.objects.all())


class SignOffForm(forms.Form):
    reason = forms.CharField(
        label=_("Why are you signing them off now?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Needed when a rule is not met. It is kept with the sign-off and shows in reports."),
    )


class ReadinessSettingsForm(forms.ModelForm):
    class Meta:
        model = ReadinessSettings
        fields = ["preparation_months", "one_to_ones_needed", "warning_days"]


class CheckTypeForm(forms.ModelForm):
    class Meta:
        model = CheckType
        fields = ["name", "renewal_months", "required"]


class RequiredCourseForm(forms.ModelForm):
    class Meta:
        model = RequiredCourse
        fields = ["course", "placement"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = originals(Course.objects.live()).order_by("path")
        self.fields["placement"].empty_label = _("Everyone")

    def validate_unique(self):
        # The database has the last word; say it plainly instead of a generic message.
        exists = RequiredCourse.objects.filter(
            course=self.cleaned_data.get("course"), placement=self.cleaned_data.get("placement")
        ).exists()
        if exists:
            self.add_error(None, _("That course is already on the list for that placement."))


class ReportPeriodForm(forms.Form):
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The end date must be the same as or after the start date."))
        elif start and end and (end - start).days > 366 * 5:
            self.add_error("end", _("Choose a period of five years or less."))
        return cleaned
