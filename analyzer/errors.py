"""Errors that end a scan (exit code 2) and errors that only cost coverage."""


class ScanError(Exception):
    """The package cannot be scanned at all: the CLI prints one line and exits with 2."""


class PartError(Exception):
    """One part of a package (a file, a table) is unreadable; the rest of the scan goes on.

    Parsers raise it with a message a user can act on; the App model turns it into a coverage note.
    """
