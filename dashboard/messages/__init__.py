"""Every text the analyst reads, in Bahasa Indonesia, and ``show_error`` for failures.

One module per group of pages; pages import this package and read ``messages.NAME``.

Errors are mapped by class (the first class in the error's MRO that has a text),
so a new subclass inherits its parent's wording. Each text says what happened,
which limit or setting applies, and what to try; the technical detail (the
exception's own one-line message) follows in a caption, never a traceback.
"""

from dashboard.messages.common import *  # noqa: F403
from dashboard.messages.console import *  # noqa: F403
from dashboard.messages.corrections import *  # noqa: F403
from dashboard.messages.errors import *  # noqa: F403
from dashboard.messages.people import *  # noqa: F403
from dashboard.messages.sources import *  # noqa: F403
from dashboard.messages.structure import *  # noqa: F403
