from django.db import migrations

# Seed 002's self-scoring matrix (13 domains, 1 to 10, higher is better) and its seven
# statements, as version 1. An organisation revises them from then on; keys never change.
DOMAINS = [
    ("accommodation", "Accommodation"),
    ("finances", "Finances"),
    ("physical-health", "Physical health"),
    ("mental-health", "Mental health"),
    ("knowledge-skills", "Knowledge and skills"),
    ("positive-attitude", "Positive attitude"),
    ("bounce-back", "Ability to bounce back"),
    ("living-to-values", "Living to my values"),
    ("work", "Work (paid or unpaid)"),
    ("actively-learning", "Actively learning"),
    ("social-networks", "Social networks"),
    ("family", "Family"),
    ("partner", "Partner"),
]
STATEMENTS = [
    ("reduced-using", "Since I first came here, I have cut down or stopped using or drinking", True),
    ("stability", "I have had times when my recovery felt steady", True),
    ("positive-changes", "I am keeping up the good changes I have made", True),
    ("socially-connected", "I feel connected to other people", True),
    ("community", "I take part in community activities outside this organisation", True),
    ("mental-health-better", "My mental health has got better", True),
    ("lapse", "I have had a lapse or relapse in the last three months", False),
]


def add_default_version(apps, schema_editor):
    InstrumentVersion = apps.get_model("outreach", "InstrumentVersion")
    if InstrumentVersion.objects.exists():
        return
    version = InstrumentVersion.objects.create(number=1, scale_min=1, scale_max=10,
                                               note="The First Steps guide's matrix and statements")
    for position, (key, label) in enumerate(DOMAINS):
        version.domains.create(key=key, label=label, position=position)
    for position, (key, wording, yes_is_good) in enumerate(STATEMENTS):
        version.statements.create(key=key, wording=wording, position=position, yes_is_good=yes_is_good)


class Migration(migrations.Migration):
    dependencies = [("outreach", "0003_distance_travelled")]
    operations = [migrations.RunPython(add_default_version, migrations.RunPython.noop)]
