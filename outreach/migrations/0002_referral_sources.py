from django.db import migrations

# The sources the First Steps guide names; an organisation edits the list from then on.
SOURCES = [
    "Hospital alcohol liaison team",
    "Community addictions team",
    "Homeless support centre",
    "Self-referral: website",
    "Self-referral: social media",
    "Another service",
]


def add_sources(apps, schema_editor):
    ReferralSource = apps.get_model("outreach", "ReferralSource")
    for position, name in enumerate(SOURCES):
        ReferralSource.objects.get_or_create(name=name, defaults={"position": position})


class Migration(migrations.Migration):
    dependencies = [("outreach", "0001_initial")]
    operations = [migrations.RunPython(add_sources, migrations.RunPython.noop)]
