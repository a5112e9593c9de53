"""The DuckDB schema of the dyadwatch store, versioned.

``MIGRATIONS[i]`` takes a store from schema version ``i`` to ``i + 1``; :func:`migrate` applies
the missing ones in order inside a transaction and records the version in ``meta``.
"""

from __future__ import annotations

SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS articles (
    article_id       VARCHAR PRIMARY KEY,
    title            VARCHAR,
    url              VARCHAR,
    publisher        VARCHAR,
    published        DATE,
    published_source VARCHAR,
    language         VARCHAR,
    origin           VARCHAR,
    text             VARCHAR NOT NULL,
    coder            VARCHAR[],
    ingested_at      TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS sentences (
    article_id     VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    boilerplate    BOOLEAN NOT NULL,
    PRIMARY KEY (article_id, sentence_index)
);

CREATE TABLE IF NOT EXISTS actors (
    article_id     VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    label          VARCHAR,
    is_place       BOOLEAN NOT NULL,
    name           VARCHAR,
    code           VARCHAR,
    country        VARCHAR,
    sector         VARCHAR,
    kb_id          VARCHAR,
    confidence     DOUBLE,
    PRIMARY KEY (article_id, start_char, end_char)
);

CREATE TABLE IF NOT EXISTS events (
    event_id           VARCHAR PRIMARY KEY,
    article_id         VARCHAR NOT NULL,
    sentence_index     INTEGER NOT NULL,
    sentence           VARCHAR NOT NULL,
    trigger_text       VARCHAR NOT NULL,
    trigger_start      INTEGER NOT NULL,
    trigger_end        INTEGER NOT NULL,
    source_name        VARCHAR,
    source_text        VARCHAR,
    source_code        VARCHAR,
    source_country     VARCHAR,
    source_sector      VARCHAR,
    source_kb_id       VARCHAR,
    target_name        VARCHAR,
    target_text        VARCHAR,
    target_code        VARCHAR,
    target_country     VARCHAR,
    target_sector      VARCHAR,
    target_kb_id       VARCHAR,
    plover_type        VARCHAR NOT NULL,
    plover_mode        VARCHAR,
    plover_context     VARCHAR[],
    stance             VARCHAR NOT NULL,
    cameo_code         VARCHAR NOT NULL,
    cameo_root         VARCHAR NOT NULL,
    quad_class         TINYINT NOT NULL,
    goldstein          DOUBLE NOT NULL,
    event_date         DATE,
    date_precision     VARCHAR,
    date_source        VARCHAR,
    location_name      VARCHAR,
    location_country   VARCHAR,
    lat                DOUBLE,
    lon                DOUBLE,
    geonameid          BIGINT,
    location_admin1    VARCHAR,
    location_precision VARCHAR,
    confidence         DOUBLE NOT NULL,
    coder              VARCHAR[],
    evidence           VARCHAR
);

CREATE INDEX IF NOT EXISTS events_article ON events (article_id);
CREATE INDEX IF NOT EXISTS events_date ON events (event_date);

CREATE TABLE IF NOT EXISTS failures (
    origin     VARCHAR NOT NULL,
    stage      VARCHAR NOT NULL,
    message    VARCHAR NOT NULL,
    failed_at  TIMESTAMP DEFAULT current_timestamp
);
"""

MIGRATIONS: list[str] = [SCHEMA_V1]
SCHEMA_VERSION = len(MIGRATIONS)

# The column order of the events table, as Store.add_coded writes it.
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "article_id", "sentence_index", "sentence", "trigger_text", "trigger_start", "trigger_end",
    "source_name", "source_text", "source_code", "source_country", "source_sector", "source_kb_id",
    "target_name", "target_text", "target_code", "target_country", "target_sector", "target_kb_id",
    "plover_type", "plover_mode", "plover_context", "stance", "cameo_code", "cameo_root", "quad_class",
    "goldstein", "event_date", "date_precision", "date_source", "location_name", "location_country",
    "lat", "lon", "geonameid", "location_admin1", "location_precision", "confidence", "coder", "evidence",
)  # fmt: skip
