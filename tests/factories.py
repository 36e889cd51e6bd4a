"""factory_boy factories shared by every app's tests."""

import time

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.contrib.auth.models import Group

from people.models import Placement, User, VolunteerProfile
from people.permissions import needs_two_step
from people.roles import Role
from people.status import Status

PASSWORD = "correct-horse-battery"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name", locale="en_GB")

    @factory.post_generation
    def password(self, create, extracted, **kwargs):
        self.set_password(extracted or PASSWORD)
        if create:
            self.save(update_fields=["password"])

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, primary=True, verified=True)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*Group.objects.filter(name__in=[Role(r).value for r in extracted]))
        # Staff must have two-step sign-in; give them an authenticator unless a test says not.
        if create and kwargs.get("two_step", True) and needs_two_step(self):
            self._waymark_roles = None
            give_two_step(self)


def give_two_step(user):
    """Set up an authenticator app for `user`; `totp_code(user)` gives its current code."""
    TOTP.activate(user, TOTP_SECRET)
    return user


def totp_code(user):
    """The authenticator's code right now, as the person's phone would show it."""
    return format_hotp_value(hotp_value(TOTP_SECRET, int(time.time()) // 30))


class VolunteerProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = VolunteerProfile

    user = factory.SubFactory(UserFactory, roles=[Role.VOLUNTEER])
    placement = factory.LazyFunction(lambda: Placement.objects.get(slug="community"))
    status = Status.IN_TRAINING


def volunteer(**kwargs):
    """A volunteer with a profile; keyword arguments go to the profile."""
    user_kwargs = {k[len("user__") :]: v for k, v in kwargs.items() if k.startswith("user__")}
    profile_kwargs = {k: v for k, v in kwargs.items() if not k.startswith("user__")}
    user = UserFactory(roles=[Role.VOLUNTEER], **user_kwargs)
    VolunteerProfileFactory(user=user, **profile_kwargs)
    return user
