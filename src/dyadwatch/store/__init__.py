"""The store: DuckDB by default. Every SQL string lives in this package."""

from dyadwatch.store.duckdb_store import DEFAULT_STORE, AddResult, EventFilter, SeriesRow, Store

__all__ = ["DEFAULT_STORE", "AddResult", "EventFilter", "SeriesRow", "Store"]
