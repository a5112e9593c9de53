"""The errors dyadwatch raises.

One base exception, one subclass per layer::

    DyadwatchError
    ├── InputError          an input could not be read (names the path/URL/line and what to do)
    ├── PipelineError       a pipeline could not be built or a stage failed
    │   └── StageError      one stage failed on one document
    ├── KnowledgeBaseError  an actor dictionary, gazetteer or ontology file is malformed
    ├── StoreError          the DuckDB store could not be opened, migrated, read or written
    └── ConfigError         a setting or command-line value is invalid

Messages say what failed, on which input, and what to do.
"""

from __future__ import annotations


class DyadwatchError(Exception):
    """Base of every error dyadwatch raises on purpose."""


class InputError(DyadwatchError):
    def __init__(self, origin: str, problem: str, hint: str = "") -> None:
        self.origin = origin
        self.problem = problem
        self.hint = hint
        message = f"{origin}: {problem}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class PipelineError(DyadwatchError):
    pass


class StageError(PipelineError):
    def __init__(self, stage: str, origin: str, cause: BaseException) -> None:
        self.stage = stage
        self.origin = origin
        self.cause = cause
        super().__init__(f"{origin}: stage {stage} failed: {type(cause).__name__}: {cause}")


class KnowledgeBaseError(DyadwatchError):
    pass


class StoreError(DyadwatchError):
    pass


class ConfigError(DyadwatchError):
    pass
