"""Sign-in backends that read a person and their roles in one query on every request.

Django reads the signed-in person once a request and Waymark then asks for their roles
(people.permissions.roles_of); reading both together saves a query on every page.
"""

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth import backends, get_user_model
from django.contrib.auth.models import Group
from django.db.models import Aggregate, CharField, OuterRef, Subquery

# Role names never hold this character (people.roles.Role).
SEPARATOR = "|"


class JoinedNames(Aggregate):
    """Names joined into one string: STRING_AGG on PostgreSQL, GROUP_CONCAT on SQLite."""

    function = "STRING_AGG"
    template = f"%(function)s(%(expressions)s, '{SEPARATOR}')"
    output_field = CharField()

    def as_sqlite(self, compiler, connection, **extra):
        return super().as_sql(compiler, connection, function="GROUP_CONCAT", **extra)


def role_names():
    groups = Group.objects.filter(user=OuterRef("pk")).order_by().values("user")
    return Subquery(groups.annotate(names=JoinedNames("name")).values("names")[:1])


class RolesWithPerson:
    def get_user(self, user_id):
        user = get_user_model()._default_manager.annotate(role_names=role_names()).filter(pk=user_id).first()
        if user is None or not self.user_can_authenticate(user):
            return None
        user._waymark_roles = frozenset(filter(None, (user.role_names or "").split(SEPARATOR)))
        return user


class ModelBackend(RolesWithPerson, backends.ModelBackend):
    pass


class AllauthBackend(RolesWithPerson, AuthenticationBackend):
    pass
