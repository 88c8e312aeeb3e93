"""Typed exceptions raised by the library; only kg/cli.py turns them into messages and exit codes."""


class KGError(Exception):
    """Base class of every error the library raises on purpose."""

    exit_code = 2


class InputError(KGError):
    """An input file or value cannot be used (empty, binary, undecodable, too large, malformed)."""

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:
        msg = super().__str__()
        return f"{self.path}: {msg}" if self.path else msg


class OntologyError(KGError):
    """The ontology or registry files are missing or inconsistent."""


class StoreError(KGError):
    """The store cannot be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process holds the store's write lock."""


class RemoteStoreError(StoreError):
    """A remote SPARQL endpoint refused, failed or timed out."""


class QueryError(KGError):
    """A SPARQL query is malformed, unsafe or too slow."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.line = line
        self.column = column


class UnsafeQueryError(QueryError):
    """A query asks for an update, LOAD, SERVICE or a remote FROM, which are refused."""


class QueryTimeoutError(QueryError):
    """A query ran past its time limit and was stopped."""


class ValidationFailed(KGError):
    """SHACL validation found violations (exit code 1)."""

    exit_code = 1

    def __init__(self, report: str):
        super().__init__("validation failed")
        self.report = report
