from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"

    def ready(self):
        from courses import page_contexts, signals, translations  # noqa: F401

        page_contexts.register()
        translations.locales_remembered()
