from tests.welsh import welsh_strings  # noqa: F401
