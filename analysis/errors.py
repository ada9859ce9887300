"""The one exception type Debrief shows to people."""


class DebriefError(Exception):
    """A problem with the user's input, worded as one sentence they can act on.

    The CLI prints it as ``error: <message>`` and exits with status 2; the app shows it as a
    friendly message. Anything else that escapes is a bug in Debrief, not in the input.
    """
