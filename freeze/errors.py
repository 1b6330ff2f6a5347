# SPDX-License-Identifier: MIT
"""Errors the freezer reports about the program it compiles.

Every error carries the file, the 1-based line and column and a message;
str() gives the conventional `file:line:col: error: message` form.  The
library raises these and never prints or exits; the CLI maps them to exit
codes."""
from __future__ import annotations


class FreezeError(Exception):
    """A program the freezer cannot turn into an image."""

    def __init__(self, filename: str, line: int, col: int, message: str) -> None:
        super().__init__(filename, line, col, message)
        self.filename = filename
        self.line = line
        self.col = col
        self.message = message

    def __str__(self) -> str:
        return f"{self.filename}:{self.line}:{self.col}: error: {self.message}"


class UnsupportedError(FreezeError):
    """Valid Python that a sealed xenlet image cannot run.  `what` names the
    feature; the message is always "<what> is not supported"."""

    def __init__(self, filename: str, line: int, col: int, what: str) -> None:
        super().__init__(filename, line, col, f"{what} is not supported")
        self.what = what
