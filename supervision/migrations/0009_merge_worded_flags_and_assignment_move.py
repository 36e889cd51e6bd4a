# Joins the issue 18 history wording with the issue 15 move of the supervisor assignment.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('supervision', '0007_flag_params_worded_when_read'),
        ('supervision', '0008_mail_jobs_claim_their_work'),
    ]

    operations = [
    ]
