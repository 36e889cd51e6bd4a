import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('courses', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='booking',
            name='moved_to',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='courses.booking'),
        ),
        migrations.AddField(
            model_name='booking',
            name='notice_sent_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='classroomsession',
            name='cancel_reason',
            field=models.CharField(blank=True, max_length=300, verbose_name='why it is cancelled'),
        ),
        migrations.AddField(
            model_name='classroomsession',
            name='cancelled_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
    ]
