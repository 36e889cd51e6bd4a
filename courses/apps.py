from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"

    def ready(self):
        from courses import page_contexts, signals  # noqa: F401

        page_contexts.register()
