import pytest
from django.urls import reverse

from courses.models import PolicyAcknowledgement, PolicyVersion

pytestmark = pytest.mark.django_db


def _acknowledge(client, policy):
    return client.post(reverse("courses:policy_acknowledge", args=[policy.pk]), follow=True)


def test_publishing_a_policy_makes_its_first_version(tree):
    assert PolicyVersion.objects.filter(policy=tree.policy()).count() == 1


def test_a_volunteer_acknowledges_a_policy(tree, client_for, volunteer_user):
    client = client_for(volunteer_user)
    assert "I have read and understood this policy" in client.get(tree.policy().url).content.decode()
    response = _acknowledge(client, tree.policy())
    assert "You confirmed this on" in response.content.decode()
    assert PolicyAcknowledgement.objects.filter(user=volunteer_user).count() == 1
    # Nothing left to read: "My path" no longer lists policies to read.
    assert "Policies to read" not in client.get("/").content.decode()


def test_acknowledging_twice_is_harmless(tree, client_for, volunteer_user):
    client = client_for(volunteer_user)
    _acknowledge(client, tree.policy())
    _acknowledge(client, tree.policy())
    assert PolicyAcknowledgement.objects.count() == 1


def test_a_small_revision_keeps_acknowledgements_current(tree, client_for, volunteer_user):
    client = client_for(volunteer_user)
    _acknowledge(client, tree.policy())
    policy = tree.policy()
    policy.summary = "Typo fixed."
    policy.save_revision().publish()
    assert "Read and understood" in client.get(tree.policy().url).content.decode()


def test_a_revision_marked_for_re_acknowledgement_makes_earlier_ones_out_of_date(tree, client_for, volunteer_user):
    client = client_for(volunteer_user)
    _acknowledge(client, tree.policy())
    policy = tree.policy()
    policy.ask_to_reacknowledge = True
    policy.version_note = "New rules about social media."
    policy.save_revision().publish()
    page = client.get(tree.policy().url).content.decode()
    assert "This policy has changed since you last read it" in page
    assert "New rules about social media." in page
    assert "Confidentiality" in client.get("/").content.decode().split("Policies to read")[1]
    _acknowledge(client, tree.policy())
    assert PolicyAcknowledgement.objects.filter(user=volunteer_user).count() == 2


def test_the_editor_form_never_starts_ticked(tree):
    from courses.models import PolicyPage

    policy = tree.policy()
    policy.ask_to_reacknowledge = True
    form_class = PolicyPage.get_edit_handler().get_form_class()
    form = form_class(instance=policy, for_user=None)
    assert form.initial["ask_to_reacknowledge"] is False


def test_an_unpublished_policy_cannot_be_acknowledged(tree, client_for, volunteer_user):
    policy = tree.policy()
    policy.unpublish()
    response = _acknowledge(client_for(volunteer_user), policy)
    assert "This policy is not published." in response.content.decode()
    assert not PolicyAcknowledgement.objects.exists()
