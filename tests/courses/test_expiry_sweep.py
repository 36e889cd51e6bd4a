from datetime import timedelta

import pytest
from django.utils import timezone

from courses import services, tasks
from courses.models import CourseStatus
from tests.courses import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def completed(tree, volunteer_user, trainer):
    tree.finish_online_work(volunteer_user)
    tree.attend(volunteer_user, trainer=trainer)
    return CourseStatus.objects.get(user=volunteer_user)


def _expire_in(status, days):
    CourseStatus.objects.filter(pk=status.pk).update(expires_on=timezone.localdate() + timedelta(days=days))


def test_it_emails_the_learner_once_30_days_before_expiry(completed, mailoutbox):
    _expire_in(completed, 30)
    tasks.expiry_sweep()
    tasks.expiry_sweep()
    assert [mail.to for mail in mailoutbox] == [["alice@example.org"]]
    assert "Professional boundaries" in mailoutbox[0].subject


def test_it_does_not_email_earlier_than_30_days(completed, mailoutbox):
    _expire_in(completed, 31)
    tasks.expiry_sweep()
    assert mailoutbox == []


def test_it_copies_in_the_learners_supervisor(completed, mailoutbox, supervisor, other_supervisor, volunteer_user):
    from people.models import SupervisorAssignment

    SupervisorAssignment.objects.create(volunteer=volunteer_user, supervisor=supervisor)
    _expire_in(completed, 10)
    tasks.expiry_sweep()
    assert sorted(mail.to[0] for mail in mailoutbox) == ["alice@example.org", "sue@example.org"]
    assert "Alice Volunteer" in next(mail for mail in mailoutbox if mail.to == ["sue@example.org"]).body


def test_courses_that_never_expire_or_are_not_required_get_no_email(tree, volunteer_user, mailoutbox):
    factories.build(courses=[factories.course_data("cpd", title="CPD", classroom=False, category="ongoing")])
    tree.finish_online_work(volunteer_user, course_slug="cpd")
    status = CourseStatus.objects.get(course__slug="cpd")
    assert status.completed_on is not None
    _expire_in(status, 5)
    tasks.expiry_sweep()
    assert mailoutbox == []


def test_a_renewed_course_gets_a_new_reminder_for_its_new_expiry(completed, volunteer_user, trainer, mailoutbox):
    _expire_in(completed, 0)
    tasks.expiry_sweep()
    assert len(mailoutbox) == 1
    services.lesson_complete(user=volunteer_user, lesson=factories.lesson("why-boundaries"))
    factories.finish_online_work(volunteer_user)
    factories.attend(volunteer_user, trainer=trainer, when_days=0)
    status = CourseStatus.objects.get(pk=completed.pk)
    assert status.reminder_sent_at is None
    assert status.expires_on > timezone.localdate() + timedelta(days=300)
    CourseStatus.objects.filter(pk=status.pk).update(expires_on=timezone.localdate() + timedelta(days=20))
    tasks.expiry_sweep()
    assert len(mailoutbox) == 2


def test_a_renewal_reminder_batch_cut_short_by_the_mail_server_sends_only_the_rest_later(
    completed, smtp_server, supervisor, volunteer_user
):
    from outbox.tasks import emails_sweep
    from people.models import SupervisorAssignment

    SupervisorAssignment.objects.create(volunteer=volunteer_user, supervisor=supervisor)
    _expire_in(completed, 30)
    smtp_server.fail_after(1)
    tasks.expiry_sweep()
    assert smtp_server.recipients() == [volunteer_user.email]
    smtp_server.recover()
    tasks.expiry_sweep()
    assert emails_sweep() == 1
    tasks.expiry_sweep()
    assert emails_sweep() == 0
    assert smtp_server.recipients() == sorted([volunteer_user.email, supervisor.email])
