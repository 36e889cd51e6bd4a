from django.apps import AppConfig


class ReadinessConfig(AppConfig):
    name = "readiness"

    def ready(self):
        from courses import requirements
        from readiness import facts, signals  # noqa: F401

        # My path and the learning hub list the manager's own required courses, as readiness judges.
        requirements.manager_list_from(facts.manager_list)
