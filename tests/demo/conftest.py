"""The demo tests read the five regulations as the loader tests do."""

from tests.loader.conftest import extracted  # noqa: F401  (a fixture, found by name)
