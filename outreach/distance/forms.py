from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from outreach.models import ReadingOccasion

NOT_RELEVANT = "none"
ANSWERS = {"yes": True, "no": False}


class ReadingForm(forms.Form):
    """One reading, built from the instrument's version: a score (or "not relevant to me")
    and optional own words per domain, and yes or no to each statement (which may be left)."""

    occasion = forms.ChoiceField(label=_("When is this reading?"), choices=ReadingOccasion.choices,
                                 widget=forms.RadioSelect,
                                 error_messages={"required": _("Say when this reading is.")})
    taken_on = forms.DateField(label=_("Date of the reading"),
                               widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))

    def __init__(self, *args, version, occasion=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.version = version
        self.domains = list(version.domains.all())
        self.statements = list(version.statements.all())
        self.fields["taken_on"].initial = timezone.localdate()
        self.fields["occasion"].initial = occasion
        scale = [(str(n), str(n)) for n in version.scale()] + [(NOT_RELEVANT, _("Not relevant to me"))]
        for domain in self.domains:
            self.fields[f"score_{domain.pk}"] = forms.ChoiceField(
                label=domain.label, choices=scale, widget=forms.RadioSelect,
                error_messages={"required": _("Choose a score for %(domain)s, or “not relevant to me”.")
                                % {"domain": domain.label}},
            )
            self.fields[f"words_{domain.pk}"] = forms.CharField(
                label=_("In their own words (optional)"), required=False, max_length=500,
            )
        for statement in self.statements:
            self.fields[f"answer_{statement.pk}"] = forms.ChoiceField(
                label=statement.wording, widget=forms.RadioSelect,
                choices=[("yes", _("Yes")), ("no", _("No")), ("skip", _("They would rather not say"))],
                required=False,
            )

    def domain_rows(self):
        return [(domain, self[f"score_{domain.pk}"], self[f"words_{domain.pk}"]) for domain in self.domains]

    def statement_rows(self):
        return [(statement, self[f"answer_{statement.pk}"]) for statement in self.statements]

    def service_kwargs(self):
        data = self.cleaned_data
        scores = {}
        for domain in self.domains:
            value = data[f"score_{domain.pk}"]
            scores[domain.pk] = (None if value == NOT_RELEVANT else int(value), data[f"words_{domain.pk}"])
        answers = {s.pk: ANSWERS.get(data.get(f"answer_{s.pk}")) for s in self.statements}
        return {"version": self.version, "occasion": data["occasion"], "taken_on": data["taken_on"],
                "scores": scores, "answers": answers}


class DomainRowForm(forms.Form):
    key = forms.CharField(required=False, widget=forms.HiddenInput, max_length=40)
    order = forms.IntegerField(label=_("Order"), required=False, min_value=0, max_value=999,
                               widget=forms.NumberInput(attrs={"inputmode": "numeric"}))
    label = forms.CharField(label=_("Domain"), required=False, max_length=80)


class StatementRowForm(forms.Form):
    key = forms.CharField(required=False, widget=forms.HiddenInput, max_length=40)
    order = forms.IntegerField(label=_("Order"), required=False, min_value=0, max_value=999,
                               widget=forms.NumberInput(attrs={"inputmode": "numeric"}))
    wording = forms.CharField(label=_("Statement"), required=False, max_length=200)
    yes_is_good = forms.BooleanField(label=_("“Yes” is the hoped-for answer"), required=False)


# absolute_max: a tampered row count (TOTAL_FORMS=999…) is refused with a message after
# building at most this many rows, not the thousand Django would otherwise build first.
DomainRows = forms.formset_factory(DomainRowForm, extra=2, max_num=40, validate_max=True, absolute_max=40)
StatementRows = forms.formset_factory(StatementRowForm, extra=2, max_num=20, validate_max=True, absolute_max=20)


class RevisionNoteForm(forms.Form):
    note = forms.CharField(label=_("What changed (optional)"), required=False, max_length=200)


def in_order(formset):
    """The rows that have text, in the order asked for (rows without a number keep their place)."""
    rows = [(form.cleaned_data.get("order"), index, form.cleaned_data) for index, form in enumerate(formset.forms)
            if form.cleaned_data]
    rows.sort(key=lambda row: (row[0] if row[0] is not None else row[1] + 1, row[1]))
    return [data for _order, _index, data in rows]


def initial_rows(version):
    return (
        [{"key": d.key, "label": d.label, "order": n + 1} for n, d in enumerate(version.domains.all())],
        [{"key": s.key, "wording": s.wording, "yes_is_good": s.yes_is_good, "order": n + 1}
         for n, s in enumerate(version.statements.all())],
    )
