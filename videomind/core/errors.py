"""Errors that know their row in the failures table.

A stage turns any exception on one item into one failures row (``Failed.from_error``). An error
raised where the cause is known (a download refused, a file that is not media, a model answer
that stayed malformed) carries that cause and says how it reads in the table; anything else is
recorded under the stage's own cause with the exception's type.
"""

from __future__ import annotations


class CausedError(Exception):
    """An item's failure with a short ``cause`` code for the failures table."""

    def __init__(self, cause: str, message: str) -> None:
        super().__init__(message)
        self.cause = cause

    def failure(self) -> tuple[str, str]:
        """The failures row's cause and message."""
        return self.cause, str(self)
