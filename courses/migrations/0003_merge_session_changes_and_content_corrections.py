from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('courses', '0002_classroom_session_changes'),
        ('courses', '0002_content_corrections_and_first_steps_courses'),
    ]

    operations = [
    ]
