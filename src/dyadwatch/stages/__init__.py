"""The built-in pipeline stages. Importing this package registers them all."""

from dyadwatch.stages import sentences  # noqa: F401  (registers sentences.spacy.v1)

for _module in ("mentions", "actors", "events", "dates", "places"):
    try:
        __import__(f"dyadwatch.stages.{_module}")
    except ModuleNotFoundError as _exc:  # a stage module not written yet
        if _exc.name != f"dyadwatch.stages.{_module}":
            raise
