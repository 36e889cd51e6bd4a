from django.forms.renderers import TemplatesSetting


class GovukFormRenderer(TemplatesSetting):
    """Renders every Django form (ours and allauth's) with GOV.UK Frontend's markup."""

    form_template_name = "forms/govuk_form.html"
    field_template_name = "forms/govuk_field.html"
