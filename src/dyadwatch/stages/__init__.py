"""The built-in pipeline stages. Importing this package registers them all, through the same
registry a plugin's entry point uses."""

from dyadwatch.stages import actors, dates, events, mentions, places, roles, sentences

__all__ = ["actors", "dates", "events", "mentions", "places", "roles", "sentences"]
