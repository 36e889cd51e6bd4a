from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"

    def ready(self):
        from courses import signals, translations  # noqa: F401

        translations.locales_remembered()
