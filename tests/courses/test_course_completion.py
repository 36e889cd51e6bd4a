from datetime import timedelta

import pytest
from dateutil.relativedelta import relativedelta
from django.utils import timezone

from courses import services
from courses.models import Certificate, CourseStatus, Lesson, LessonCompletion
from courses.progress import progress_for
from tests.courses import factories

pytestmark = pytest.mark.django_db


def _status(user):
    return CourseStatus.objects.get(user=user, course=factories.course())


def test_it_completes_when_every_lesson_is_done_and_the_day_is_attended(tree, volunteer_user, trainer):
    tree.finish_online_work(volunteer_user)
    status = _status(volunteer_user)
    assert (status.lessons_done, status.lessons_total, status.completed_on) == (3, 3, None)
    tree.attend(volunteer_user, trainer=trainer)
    status.refresh_from_db()
    today = timezone.localdate()
    assert status.completed_on == today
    assert status.expires_on == today + relativedelta(months=12)
    certificate = Certificate.objects.get(user=volunteer_user)
    assert certificate.course_title == "Professional boundaries"
    assert certificate.expires_on == status.expires_on


def test_it_is_not_complete_without_the_classroom_day(tree, volunteer_user):
    tree.finish_online_work(volunteer_user)
    assert _status(volunteer_user).completed_on is None
    assert not Certificate.objects.exists()


def test_a_quiz_lesson_cannot_be_marked_done_without_passing(tree, volunteer_user):
    with pytest.raises(services.ValidationError, match="Pass the knowledge check"):
        services.lesson_complete(user=volunteer_user, lesson=tree.lesson("check"))
    assert not LessonCompletion.objects.exists()


def test_recording_a_completion_twice_is_harmless(tree, volunteer_user, trainer):
    tree.finish_online_work(volunteer_user)
    tree.attend(volunteer_user, trainer=trainer)
    first = LessonCompletion.objects.get(lesson=tree.lesson("why-boundaries"))
    services.lesson_complete(user=volunteer_user, lesson=tree.lesson("why-boundaries"))
    again = LessonCompletion.objects.get(lesson=tree.lesson("why-boundaries"))
    assert again.completed_at == first.completed_at
    assert LessonCompletion.objects.count() == 3
    assert Certificate.objects.count() == 1


def test_a_course_stays_completed_when_a_lesson_is_added_and_offers_it(tree, volunteer_user, trainer, client_for):
    tree.finish_online_work(volunteer_user)
    tree.attend(volunteer_user, trainer=trainer)
    online = tree.module("online")
    online.add_child(instance=Lesson(title="A new lesson", slug="new-lesson", body=[]))
    Lesson.objects.get(slug="new-lesson").save_revision().publish()

    progress = progress_for([volunteer_user], [tree.course()])[volunteer_user.pk, tree.course().pk]
    assert progress.is_complete
    assert (progress.lessons_done, progress.lessons_total) == (3, 4)
    assert progress.next_lesson.slug == "new-lesson"
    page = client_for(volunteer_user).get("/").content.decode()
    assert "3 of 4 lessons" in page
    assert "A new lesson" in page


def test_an_expired_course_shows_renewal_due_and_counts_as_missing(tree, volunteer_user, trainer, client_for):
    tree.finish_online_work(volunteer_user)
    tree.attend(volunteer_user, trainer=trainer)
    assert progress_for([volunteer_user], [tree.course()])[volunteer_user.pk, tree.course().pk].is_complete
    CourseStatus.objects.update(expires_on=timezone.localdate())
    expired = progress_for([volunteer_user], [tree.course()])[volunteer_user.pk, tree.course().pk]
    assert expired.renewal_due and not expired.is_complete
    assert "Renewal due: Professional boundaries" in client_for(volunteer_user).get("/").content.decode()


def test_renewing_means_doing_the_work_again(tree, volunteer_user, trainer):
    tree.finish_online_work(volunteer_user)
    tree.attend(volunteer_user, trainer=trainer, when_days=-400)
    old_expiry = timezone.localdate() - timedelta(days=1)
    CourseStatus.objects.update(completed_on=old_expiry - timedelta(days=365), expires_on=old_expiry)

    services.lesson_complete(user=volunteer_user, lesson=tree.lesson("why-boundaries"))
    status = _status(volunteer_user)
    assert status.renewal_due
    assert status.lessons_done == 1

    tree.finish_online_work(volunteer_user)
    assert _status(volunteer_user).renewal_due
    tree.attend(volunteer_user, trainer=trainer, when_days=0)
    status = _status(volunteer_user)
    assert status.completed_on == timezone.localdate()
    assert not status.renewal_due
    assert Certificate.objects.filter(user=volunteer_user).count() == 2


def test_progress_for_many_people_reads_each_persons_own_work(tree, volunteer_user, other_volunteer):
    services.lesson_complete(user=volunteer_user, lesson=tree.lesson("why-boundaries"))
    progress = progress_for([volunteer_user, other_volunteer], [tree.course()])
    assert progress[volunteer_user.pk, tree.course().pk].lessons_done == 1
    assert progress[other_volunteer.pk, tree.course().pk].lessons_done == 0
