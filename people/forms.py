from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from people.models import Placement, User
from people.roles import Role
from people.status import Status, next_statuses


class SignupExtraForm(forms.Form):
    """Asked on public sign-up (when it is open), on top of e-mail and password."""

    full_name = forms.CharField(label=_("Full name"), max_length=150)

    def signup(self, request, user):
        user.full_name = self.cleaned_data["full_name"]
        user.save(update_fields=["full_name"])


class RolesField(forms.MultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Roles"))
        kwargs.setdefault("choices", Role.choices)
        kwargs.setdefault("error_messages", {"required": _("Choose at least one role.")})
        super().__init__(**kwargs)


class InvitationForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.EmailField(label=_("E-mail address"))
    roles = RolesField()
    placement = forms.ModelChoiceField(
        label=_("Placement"),
        queryset=Placement.objects.all(),
        required=False,
        help_text=_("For volunteers: where they will give peer support."),
    )
    joined_on = forms.DateField(
        label=_("Joined on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("For volunteers: the day they joined. Leave empty for today."),
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
        required=False,
        help_text=_("The invitation is written in this language, and Waymark starts in it for them."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = translation.get_language()

    def clean(self):
        cleaned = super().clean()
        if Role.VOLUNTEER in cleaned.get("roles", []) and not cleaned.get("placement"):
            self.add_error("placement", _("Choose a placement for a volunteer."))
        return cleaned


class AcceptInvitationForm(forms.Form):
    password1 = forms.CharField(
        label=_("Choose a password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 10 characters. A short sentence you will remember works well."),
    )
    password2 = forms.CharField(
        label=_("Type the password again"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, invitation, **kwargs):
        super().__init__(*args, **kwargs)
        self.invitation = invitation

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords are different. Type them again."))
        elif first:
            candidate = User(email=self.invitation.email, full_name=self.invitation.full_name)
            try:
                password_validation.validate_password(first, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class StatusChangeForm(forms.Form):
    to_status = forms.ChoiceField(label=_("New status"), widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Why?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Say why the status is changing.")},
    )

    def __init__(self, *args, profile, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_status"].choices = [(s.value, s.label) for s in next_statuses(profile.status)]
        self.fields["to_status"].error_messages["invalid_choice"] = _(
            "That status change is not allowed from “%(status)s”."
        ) % {"status": Status(profile.status).label}


class StepBackForm(forms.Form):
    reason = forms.CharField(
        label=_("Tell us a little about why (only managers see this)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write a few words so your manager knows how to help.")},
    )


class FirstStepsForm(forms.Form):
    first_steps_caseload = forms.BooleanField(
        label=_("They will hold a First Steps caseload"),
        required=False,
        help_text=_(
            "They will call and text first steppers. Before they start, they must complete the phone and "
            "text training, whatever their placement."
        ),
    )


class RolesForm(forms.Form):
    roles = RolesField()


class PlacementForm(forms.ModelForm):
    class Meta:
        model = Placement
        fields = ["name"]
        labels = {"name": _("Placement name")}

    def save(self, commit=True):
        self.instance.slug = slugify(self.cleaned_data["name"])[:50]
        return super().save(commit)

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if Placement.objects.filter(slug=slugify(name)[:50]).exists():
            raise forms.ValidationError(_("There is already a placement with that name."))
        return name
