from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save, pre_delete
from django.dispatch import Signal, receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from courses import content_cache, editorial, services
from courses.models import ClassroomSession, Course, Lesson, Module, PolicyPage
from people.models import Placement

# Sent by courses.loading with `created`, the courses it has just added, so the apps that keep
# lists of courses (readiness) can include them.
courses_loaded = Signal()


@receiver(page_published, sender=PolicyPage)
def record_policy_version(sender, instance, revision, **kwargs):
    services.policy_version_record(policy=instance, revision=revision)


# What courses.content_cache keeps is read from pages (with their roles and placements), view
# restrictions, sites and classroom sessions, so any save, delete, change of relations, publish,
# unpublish or move of one, and any migration, makes every learner read it afresh. A draft's
# save counts too: it is rare and costs only a re-read.
CATALOGUE_MODELS = (Page, PageViewRestriction, Site, Group, Placement, ClassroomSession)


@receiver(post_save)
@receiver(post_delete)
@receiver(m2m_changed)
def catalogue_row_changed(sender, instance, **kwargs):
    if isinstance(instance, CATALOGUE_MODELS):
        content_cache.content_changed()


page_published.connect(content_cache.content_changed, dispatch_uid="courses-catalogue-published")
page_unpublished.connect(content_cache.content_changed, dispatch_uid="courses-catalogue-unpublished")
post_page_move.connect(content_cache.content_changed, dispatch_uid="courses-catalogue-moved")
post_migrate.connect(content_cache.content_changed, dispatch_uid="courses-catalogue-migrated")


# Learners' records outlive the pages they were earned on (courses.editorial).
@receiver(pre_delete, sender=Lesson)
def keep_records_of_deleted_lesson(sender, instance, **kwargs):
    editorial.records_keep_for_deleted_lesson(lesson=instance)


@receiver(pre_delete, sender=PolicyPage)
def keep_records_of_deleted_policy(sender, instance, **kwargs):
    editorial.records_keep_for_deleted_policy(policy=instance)


@receiver(pre_page_move)
def completions_stay_with_their_course(sender, instance, parent_page_before, parent_page_after, **kwargs):
    if issubclass(sender, Lesson | Module):
        editorial.records_stay_with_course(
            page=instance, parent_before=parent_page_before, parent_after=parent_page_after
        )


@receiver(page_unpublished, sender=Course)
@receiver(page_unpublished, sender=Module)
def unpublish_what_is_inside(sender, instance, **kwargs):
    """A course or module taken down takes its modules and lessons with it: a lesson of an
    unpublished course must not stay reachable by its address."""
    instance.get_descendants().live().unpublish()
