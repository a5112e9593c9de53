"""The embedded DuckDB store: every SQL string of the core store lives here or in schema.py.

Writes are idempotent (an article whose content-hash id is stored already is skipped, events are
keyed by their stable id) and transactional per batch: a batch lands whole or not at all, so a
crash never leaves half an article.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from dyadwatch.errors import StoreError
from dyadwatch.models import CodedArticle, Failure
from dyadwatch.store import rows as R
from dyadwatch.store.schema import EVENT_COLUMNS, MIGRATIONS, SCHEMA_VERSION

DEFAULT_STORE = "dyadwatch.duckdb"


@dataclass(frozen=True, slots=True)
class AddResult:
    articles_added: int = 0
    articles_skipped: int = 0
    sentences: int = 0
    events: int = 0

    def __add__(self, other: AddResult) -> AddResult:
        return AddResult(
            self.articles_added + other.articles_added,
            self.articles_skipped + other.articles_skipped,
            self.sentences + other.sentences,
            self.events + other.events,
        )


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to read. Actor specs (``dyad``, ``actor``) match a side's country, its CAMEO code
    or code prefix (``USA`` matches ``USAGOV``), or its knowledge-base id."""

    dyad: tuple[str, str] | None = None
    actor: str | None = None
    country: str | None = None
    sector: str | None = None
    plover_type: str | None = None
    mode: str | None = None
    context: str | None = None
    stance: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    min_confidence: float | None = None
    article_id: str | None = None
    text: str | None = None  # full-text search over the sentence
    limit: int | None = None
    offset: int = 0
    order: str = "date"  # "date" | "goldstein" | "confidence"


@dataclass(frozen=True, slots=True)
class SeriesRow:
    period: date
    events: int
    mean_goldstein: float | None
    by_type: dict[str, int] = field(default_factory=dict)
    by_quad: dict[int, int] = field(default_factory=dict)


def _side_match(prefix: str, spec: str, params: list[Any]) -> str:
    spec = spec.strip()
    params.extend([spec.upper(), spec.upper(), spec])
    return f"({prefix}_country = ? OR starts_with({prefix}_code, ?) OR {prefix}_kb_id = ?)"


class Store:
    """A DuckDB file holding articles, sentences, resolved actors and events."""

    def __init__(self, path: str | Path = DEFAULT_STORE, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._lock = threading.RLock()
        try:
            if read_only and not self.path.exists():
                raise StoreError(f"{self.path}: no store here (run `dyadwatch ingest` first or pass --store)")
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(
                f"{self.path}: cannot open the store ({exc}); is another dyadwatch process writing to it?"
            ) from exc
        if not read_only:
            self._migrate()
        self._fts_ready = False

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        current = int(row[0]) if row else 0
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema v{current} is newer than this dyadwatch (v{SCHEMA_VERSION}); upgrade"
            )
        for version in range(current, SCHEMA_VERSION):
            with self.transaction():
                self.con.execute(MIGRATIONS[version])
                self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version + 1)])

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._lock:
            self.con.execute("BEGIN TRANSACTION")
            try:
                yield self.con
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
            self.con.execute("COMMIT")
            self._fts_ready = False

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor for one thread (DuckDB connections are not shared across threads)."""
        return self.con.cursor()

    # -- writing ---------------------------------------------------------------------------
    def add_coded(self, batch: Sequence[CodedArticle]) -> AddResult:
        """Store a batch of coded articles in one transaction; articles stored already are skipped."""
        if not batch:
            return AddResult()
        unique: dict[str, CodedArticle] = {}
        for coded in batch:
            unique.setdefault(coded.article.article_id, coded)
        with self.transaction() as con:
            ids = list(unique)
            existing = {
                r[0]
                for r in con.execute(
                    "SELECT article_id FROM articles WHERE list_contains(?, article_id)", [ids]
                ).fetchall()
            }
            new = [c for aid, c in unique.items() if aid not in existing]
            if new:
                con.executemany(
                    "INSERT INTO articles (article_id, title, url, publisher, published, published_source, "
                    "language, origin, text, coder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [R.article_row(c) for c in new],
                )
                sentences = [row for c in new for row in R.sentence_rows(c)]
                if sentences:
                    con.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?)", sentences)
                actors = [row for c in new for row in R.actor_rows(c)]
                if actors:
                    con.executemany(
                        "INSERT OR IGNORE INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", actors
                    )
                events = {row[0]: row for c in new for row in map(R.event_row, c.events)}
                self._insert_events(con, list(events.values()))
            else:
                sentences, events = [], {}
        return AddResult(len(new), len(batch) - len(new), len(sentences), len(events))

    def _insert_events(self, con: duckdb.DuckDBPyConnection, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        placeholders = ", ".join("?" for _ in EVENT_COLUMNS)
        con.executemany(f"INSERT OR IGNORE INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({placeholders})", rows)

    def add_parquet(self, out_dir: str | Path) -> AddResult:
        """Ingest the Parquet output of the distributed runner (idempotent, one transaction)."""
        root = Path(out_dir)
        if not (root / "articles").is_dir():
            raise StoreError(
                f"{root}: not a dyadwatch Parquet output (no articles/ folder); "
                "make one with `dyadwatch code --engine dask --out DIR`"
            )
        arts, sents, evs = (str(root / d / "**" / "*.parquet") for d in ("articles", "sentences", "events"))
        with self.transaction() as con:
            before = con.execute("SELECT count(*) FROM articles").fetchone()[0]
            n_in = con.execute(f"SELECT count(DISTINCT article_id) FROM read_parquet('{arts}')").fetchone()[0]
            con.execute(f"""CREATE TEMP TABLE new_articles AS
                SELECT DISTINCT ON (article_id) * FROM read_parquet('{arts}')
                WHERE article_id NOT IN (SELECT article_id FROM articles)""")
            con.execute("""INSERT INTO articles (article_id, title, url, publisher, published, published_source,
                language, origin, text, coder) SELECT article_id, title, url, publisher, published, published_source,
                language, origin, text, coder FROM new_articles""")
            n_sent = con.execute(f"""INSERT INTO sentences SELECT DISTINCT ON (article_id, sentence_index) *
                FROM read_parquet('{sents}') WHERE article_id IN (SELECT article_id FROM new_articles)""").fetchone()[0]
            cols = ", ".join(EVENT_COLUMNS)
            n_ev = 0
            if any((root / "events").rglob("*.parquet")):
                n_ev = con.execute(f"""INSERT OR IGNORE INTO events ({cols}) SELECT DISTINCT ON (event_id) {cols}
                    FROM read_parquet('{evs}', hive_partitioning = false)
                    WHERE article_id IN (SELECT article_id FROM new_articles)""").fetchone()[0]
            added = con.execute("SELECT count(*) FROM articles").fetchone()[0] - before
            con.execute("DROP TABLE new_articles")
        return AddResult(added, n_in - added, n_sent, n_ev)

    def add_failures(self, failures: Sequence[Failure]) -> None:
        if failures:
            with self.transaction() as con:
                con.executemany(
                    "INSERT INTO failures (origin, stage, message) VALUES (?, ?, ?)",
                    [(f.origin, f.stage, f.message) for f in failures],
                )

    # -- reading ---------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE article_id = ?", [article_id]).fetchone() is not None

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "sentences", "actors", "events", "failures"):
            out[table] = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return out

    def article(self, article_id: str) -> dict[str, Any] | None:
        cur = self.cursor()
        row = cur.execute("SELECT * FROM articles WHERE article_id = ?", [article_id]).fetchone()
        if row is None:
            return None
        cols = [d[0] for d in cur.description]
        return dict(zip(cols, row, strict=True))

    def _where(self, f: EventFilter) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if f.dyad:
            a, b = f.dyad
            pa: list[Any] = []
            ab = f"({_side_match('source', a, pa)} AND {_side_match('target', b, pa)})"
            ba = f"({_side_match('source', b, pa)} AND {_side_match('target', a, pa)})"
            clauses.append(f"({ab} OR {ba})")
            params.extend(pa)
        if f.actor:
            pa = []
            clauses.append(f"({_side_match('source', f.actor, pa)} OR {_side_match('target', f.actor, pa)})")
            params.extend(pa)
        if f.country:
            clauses.append("(source_country = ? OR target_country = ?)")
            params += [f.country.upper(), f.country.upper()]
        if f.sector:
            clauses.append("(source_sector = ? OR target_sector = ?)")
            params += [f.sector.upper(), f.sector.upper()]
        simple = (
            ("plover_type = ?", f.plover_type and f.plover_type.upper()),
            ("plover_mode = ?", f.mode),
            ("list_contains(plover_context, ?)", f.context),
            ("stance = ?", f.stance),
            ("event_date >= ?", f.date_from),
            ("event_date <= ?", f.date_to),
            ("confidence >= ?", f.min_confidence),
            ("article_id = ?", f.article_id),
        )
        for clause, value in simple:
            if value is not None:
                clauses.append(clause)
                params.append(value)
        if f.text:
            clauses.append(self._text_clause())
            params.append(f.text)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _text_clause(self) -> str:
        if self._ensure_fts():
            return "fts_main_events.match_bm25(event_id, ?) IS NOT NULL"
        return "sentence ILIKE '%' || ? || '%'"

    def _ensure_fts(self) -> bool:
        """Make sure the full-text index over event sentences is usable: a writable store rebuilds
        it when writes made it stale; a read-only one uses the index the last ingest left.
        Returns False where there is none (search then falls back to ILIKE)."""
        if self._fts_ready:
            return True
        try:
            self._load_fts()
            if self.read_only:
                self.con.execute("SELECT fts_main_events.match_bm25('x', 'x')")
            else:
                self.refresh_search_index()
        except (ImportError, duckdb.Error):
            return False
        self._fts_ready = True
        return True

    def _load_fts(self) -> None:
        # The extension ships in the duckdb-extension-fts package: installed from there, never downloaded.
        from duckdb_extensions import import_extension

        import_extension("fts", con=self.con)
        self.con.execute("LOAD fts")

    def refresh_search_index(self) -> None:
        """Rebuild the full-text index (DuckDB's FTS index does not follow inserts)."""
        with self._lock:
            self._load_fts()
            self.con.execute("PRAGMA create_fts_index('events', 'event_id', 'sentence', 'trigger_text', overwrite=1)")
            self._fts_ready = True

    def events(self, f: EventFilter = EventFilter()) -> list[dict[str, Any]]:
        """Events matching ``f`` as public JSON records, newest first."""
        where, params = self._where(f)
        order = {
            "date": "event_date DESC NULLS LAST, event_id",
            "goldstein": "abs(goldstein) DESC, confidence DESC, event_id",
            "confidence": "confidence DESC, event_id",
        }[f.order]
        sql = f"SELECT * FROM events{where} ORDER BY {order}"
        if f.limit is not None:
            sql += f" LIMIT {int(f.limit)} OFFSET {int(f.offset)}"
        with self._lock:
            cur = self.cursor()
            result = cur.execute(sql, params)
            cols = [d[0] for d in result.description]
            return [R.event_record(dict(zip(cols, row, strict=True))) for row in result.fetchall()]

    def count_events(self, f: EventFilter = EventFilter()) -> int:
        where, params = self._where(f)
        with self._lock:
            return self.cursor().execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0]

    def dyad_series(
        self, a: str, b: str, *, by: str = "month", date_from: date | None = None, date_to: date | None = None
    ) -> list[SeriesRow]:
        """The relationship per period: event count, mean Goldstein, counts by PLOVER type and quad class."""
        if by not in ("week", "month", "year"):
            raise StoreError(f"period {by!r} is not one of week, month, year")
        where, params = self._where(EventFilter(dyad=(a, b), date_from=date_from, date_to=date_to))
        where += (" AND " if where else " WHERE ") + "event_date IS NOT NULL"
        sql = f"""
            SELECT date_trunc('{by}', event_date)::DATE AS period, plover_type, quad_class,
                   count(*) AS n, sum(goldstein) AS g
            FROM events{where}
            GROUP BY ALL ORDER BY period
        """
        with self._lock:
            rows = self.cursor().execute(sql, params).fetchall()
        periods: dict[date, dict[str, Any]] = {}
        for period, ptype, quad, n, g in rows:
            p = periods.setdefault(period, {"n": 0, "g": 0.0, "types": {}, "quads": {}})
            p["n"] += n
            p["g"] += g
            p["types"][ptype] = p["types"].get(ptype, 0) + n
            p["quads"][int(quad)] = p["quads"].get(int(quad), 0) + n
        return [
            SeriesRow(period, p["n"], round(p["g"] / p["n"], 3) if p["n"] else None, p["types"], p["quads"])
            for period, p in periods.items()
        ]
