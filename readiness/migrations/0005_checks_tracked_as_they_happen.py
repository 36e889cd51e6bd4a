from django.conf import settings
from django.db import migrations, models


def kinds_from_names(apps, schema_editor):
    """The checks made by migration 0002 (and any named like them) get their kind."""
    CheckType = apps.get_model("readiness", "CheckType")
    CheckType.objects.filter(name__icontains="dbs").update(kind="dbs")
    CheckType.objects.filter(name__icontains="reference").update(kind="reference")


class Migration(migrations.Migration):

    dependencies = [
        ('readiness', '0004_readiness_summary'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='WaitingChecksDigest',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('week', models.DateField(help_text='The Monday of the week it is for.', unique=True)),
                ('sent_at', models.DateTimeField(blank=True, null=True)),
                ('checks_listed', models.PositiveIntegerField(default=0)),
            ],
            options={
                'ordering': ['-week'],
            },
        ),
        migrations.AlterModelOptions(
            name='prestartcheck',
            options={'ordering': ['-recorded_at', '-id']},
        ),
        migrations.AddField(
            model_name='checktype',
            name='kind',
            field=models.CharField(choices=[('dbs', 'DBS check'), ('reference', 'Reference'), ('other', 'Other')], default='other', max_length=20, verbose_name='kind'),
        ),
        migrations.AddField(
            model_name='prestartcheck',
            name='certificate_last4',
            field=models.CharField(blank=True, max_length=4, verbose_name='certificate number, last four digits'),
        ),
        migrations.AddField(
            model_name='prestartcheck',
            name='chased_on',
            field=models.DateField(blank=True, null=True, verbose_name='last chased on'),
        ),
        migrations.AddField(
            model_name='prestartcheck',
            name='requested_from',
            field=models.CharField(blank=True, max_length=200, verbose_name='requested from'),
        ),
        migrations.AddField(
            model_name='prestartcheck',
            name='started_on',
            field=models.DateField(blank=True, null=True, verbose_name='applied for or requested on'),
        ),
        migrations.AlterField(
            model_name='prestartcheck',
            name='done_on',
            field=models.DateField(blank=True, null=True, verbose_name='date done'),
        ),
        migrations.AddConstraint(
            model_name='prestartcheck',
            constraint=models.CheckConstraint(condition=models.Q(('done_on__isnull', False), ('started_on__isnull', False), _connector='OR'), name='readiness_check_started_or_done'),
        ),
        migrations.AddConstraint(
            model_name='prestartcheck',
            constraint=models.UniqueConstraint(condition=models.Q(('done_on', None)), fields=('volunteer', 'check_type'), name='readiness_one_waiting_check_per_type'),
        ),
        migrations.RunPython(kinds_from_names, migrations.RunPython.noop),
    ]
