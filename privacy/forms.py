from django import forms
from django.utils.translation import gettext_lazy as _


class EraseForm(forms.Form):
    """Typing the person's name makes sure the manager is erasing the person they mean to."""

    name = forms.CharField(
        label=_("Type their full name to confirm"),
        max_length=254,
        error_messages={"required": _("Type their full name to confirm.")},
    )

    def __init__(self, *args, person, **kwargs):
        super().__init__(*args, **kwargs)
        self.person = person
        self.fields["name"].help_text = _("Type it as it is shown here: %(name)s") % {"name": str(person)}

    def clean_name(self):
        typed = " ".join(self.cleaned_data["name"].split())
        if typed.casefold() != " ".join(str(self.person).split()).casefold():
            raise forms.ValidationError(
                _("That is not their name. Type it exactly as shown: %(name)s") % {"name": str(self.person)}
            )
        return typed
