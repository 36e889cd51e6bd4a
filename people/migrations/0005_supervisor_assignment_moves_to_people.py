import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def move_content_type(apps, schema_editor, *, source, target):
    # The model's permissions and anything else keyed by content type follow it.
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label=target, model="supervisorassignment").exists():
        ContentType.objects.filter(app_label=source, model="supervisorassignment").update(app_label=target)


def forwards(apps, schema_editor):
    move_content_type(apps, schema_editor, source="supervision", target="people")


def backwards(apps, schema_editor):
    move_content_type(apps, schema_editor, source="people", target="supervision")


class Migration(migrations.Migration):
    """Who supervises whom is a relationship between people: the model moves here from
    supervision. Only Django's idea of the model moves; the table, its rows, keys and
    constraint stay as they are (supervision/migrations/0007 lets go of it)."""

    dependencies = [
        ("people", "0004_merge_invitation_rule_and_first_steps"),
        ("supervision", "0006_merge_first_steppers_flag_into_main"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SupervisorAssignment",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("started_on", models.DateField(default=django.utils.timezone.localdate, verbose_name="started on")),
                        ("ended_on", models.DateField(blank=True, null=True, verbose_name="ended on")),
                        ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                        ("assigned_by", models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL)),
                        ("supervisor", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="supervisee_assignments", to=settings.AUTH_USER_MODEL)),
                        ("volunteer", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="supervisor_assignments", to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        "db_table": "supervision_supervisorassignment",
                        "ordering": ["-started_on", "-id"],
                        "constraints": [
                            models.UniqueConstraint(condition=models.Q(("ended_on", None)), fields=("volunteer",), name="supervision_one_current_supervisor"),
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards),
    ]
