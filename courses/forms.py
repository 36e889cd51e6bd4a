from datetime import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import Attendance, Course, Module
from courses.translations import originals
from people.roles import Role


class ModuleChoiceField(forms.ModelChoiceField):
    course_titles = {}

    def label_from_instance(self, module):
        return _("%(course)s – day %(day)s: %(module)s") % {
            "course": self.course_titles.get(module.path[: -Module.steplen], ""),
            "day": module.classroom_day,
            "module": module.title,
        }


class SessionForm(forms.Form):
    module = ModuleChoiceField(label=_("Classroom day"), queryset=Module.objects.none())
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    starts = forms.TimeField(label=_("Starts at"), widget=forms.TimeInput(attrs={"type": "time"}))
    ends = forms.TimeField(label=_("Ends at"), widget=forms.TimeInput(attrs={"type": "time"}))
    venue = forms.CharField(label=_("Venue"), max_length=200)
    capacity = forms.IntegerField(label=_("Number of places"), min_value=1, max_value=200, initial=12)
    trainer = forms.ModelChoiceField(label=_("Trainer"), queryset=get_user_model().objects.none())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The trainer's home shows this form: read only what the labels need, not every
        # course page whole (each with its body) to find its title.
        days = originals(Module.objects.live()).filter(classroom_day__isnull=False)
        self.fields["module"].queryset = days.order_by("path").only("pk", "path", "title", "classroom_day")
        self.fields["module"].course_titles = dict(originals(Course.objects.live()).values_list("path", "title"))
        self.fields["trainer"].queryset = get_user_model().objects.filter(
            groups__name=Role.TRAINER.value, is_active=True
        )

    def clean(self):
        cleaned = super().clean()
        if all(cleaned.get(key) for key in ("date", "starts", "ends")):
            cleaned["starts_at"] = timezone.make_aware(datetime.combine(cleaned["date"], cleaned["starts"]))
            cleaned["ends_at"] = timezone.make_aware(datetime.combine(cleaned["date"], cleaned["ends"]))
        return cleaned


class SessionChangeForm(SessionForm):
    """The same fields as scheduling, but the classroom day stays what it is."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["module"]
        # A date field shows its value only in ISO form.
        self.fields["date"].widget.format = "%Y-%m-%d"
        self.fields["starts"].widget.format = self.fields["ends"].widget.format = "%H:%M"

    @classmethod
    def for_session(cls, session, data=None):
        local = timezone.localtime(session.starts_at)
        return cls(data, initial={
            "date": local.date(), "starts": local.time(), "ends": timezone.localtime(session.ends_at).time(),
            "venue": session.venue, "capacity": session.capacity, "trainer": session.trainer_id,
        })


class SessionCancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is it cancelled? (optional)"), required=False, max_length=300,
        help_text=_("It goes in the e-mail to everyone booked."),
    )


class RegisterForm(forms.Form):
    """One pair of fields per booked person: how they attended, and why if absent."""

    def __init__(self, *args, bookings, **kwargs):
        super().__init__(*args, **kwargs)
        self.bookings = bookings
        for booking in bookings:
            entry = getattr(booking, "entry", None)
            self.fields[f"attendance_{booking.user_id}"] = forms.ChoiceField(
                label=booking.user.full_name,
                choices=Attendance.choices,
                widget=forms.RadioSelect,
                required=False,
                initial=entry.attendance if entry else None,
            )
            self.fields[f"reason_{booking.user_id}"] = forms.CharField(
                # The name is in the label: a screen reader reads the box away from its radios.
                label=_("If %(name)s was absent, why? (optional)") % {"name": booking.user.full_name},
                max_length=250,
                required=False,
                initial=entry.reason if entry else "",
            )

    def marks(self):
        result = {}
        for booking in self.bookings:
            attendance = self.cleaned_data.get(f"attendance_{booking.user_id}")
            if attendance:
                result[booking.user_id] = (attendance, self.cleaned_data.get(f"reason_{booking.user_id}", ""))
        return result
