from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.dispatch import Signal, receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from courses import catalogue, services
from courses.models import ClassroomSession, PolicyPage
from people.models import Placement

# Sent by courses.loading with `created`, the courses it has just added, so the apps that keep
# lists of courses (readiness) can include them.
courses_loaded = Signal()


@receiver(page_published, sender=PolicyPage)
def record_policy_version(sender, instance, revision, **kwargs):
    services.policy_version_record(policy=instance, revision=revision)


# What courses.catalogue caches is read from pages (with their roles and placements), view
# restrictions, sites and classroom sessions, so any save, delete, change of relations, publish,
# unpublish or move of one, and any migration, makes every learner read it afresh. A draft's
# save counts too: it is rare and costs only a re-read.
CATALOGUE_MODELS = (Page, PageViewRestriction, Site, Group, Placement, ClassroomSession)


@receiver(post_save)
@receiver(post_delete)
@receiver(m2m_changed)
def catalogue_row_changed(sender, instance, **kwargs):
    if isinstance(instance, CATALOGUE_MODELS):
        catalogue.content_changed()


page_published.connect(catalogue.content_changed, dispatch_uid="courses-catalogue-published")
page_unpublished.connect(catalogue.content_changed, dispatch_uid="courses-catalogue-unpublished")
post_page_move.connect(catalogue.content_changed, dispatch_uid="courses-catalogue-moved")
post_migrate.connect(catalogue.content_changed, dispatch_uid="courses-catalogue-migrated")
