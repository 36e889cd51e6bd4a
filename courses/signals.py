from django.dispatch import receiver
from wagtail.signals import page_published

from courses import services
from courses.models import PolicyPage


@receiver(page_published, sender=PolicyPage)
def record_policy_version(sender, instance, revision, **kwargs):
    services.policy_version_record(policy=instance, revision=revision)
