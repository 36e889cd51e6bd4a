# Joins the issue 18 history wording with the issue 15 move of the supervisor assignment.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('people', '0005_status_change_kind_worded_when_read'),
        ('people', '0006_mail_jobs_claim_their_work'),
    ]

    operations = [
    ]
