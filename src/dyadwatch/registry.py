"""Registries: the extension points through which built-in and plugin components are found.

A registry maps a versioned name (``events.plover.v3``) to a factory. Built-ins register with
the decorator at import time; plugins register through the ``dyadwatch.<kind>`` entry-point
groups, which :meth:`Registry.load_entry_points` reads once. A registered name never changes
behaviour: a new behaviour gets a new version.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Generic, TypeVar

from dyadwatch.errors import PipelineError

T = TypeVar("T")


class Registry(Generic[T]):
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}
        self._entry_points_loaded = False

    def register(self, name: str) -> Callable[[T], T]:
        def decorate(item: T) -> T:
            if name in self._items and self._items[name] is not item:
                raise PipelineError(f"{self.kind} {name!r} is registered twice: give the new one a new version")
            self._items[name] = item
            return item

        return decorate

    def load_entry_points(self) -> None:
        if self._entry_points_loaded:
            return
        self._entry_points_loaded = True
        for ep in entry_points(group=f"dyadwatch.{self.kind}"):
            self._items.setdefault(ep.name, ep.load())

    def get(self, name: str) -> T:
        self.load_entry_points()
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items)) or "none"
            raise PipelineError(f"no {self.kind} named {name!r}; registered: {known}") from None

    def names(self) -> list[str]:
        self.load_entry_points()
        return sorted(self._items)

    def __contains__(self, name: str) -> bool:
        self.load_entry_points()
        return name in self._items


stages: Registry[type] = Registry("stages")
readers: Registry[Callable] = Registry("readers")
exporters: Registry[Callable] = Registry("exporters")
