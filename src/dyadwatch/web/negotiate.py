"""One handler, several representations: HTML for people, JSON for programs, CSV/JSONL downloads.

A handler computes its data once and calls :func:`respond`; the representation is chosen by
``?format=`` when given, else by the ``Accept`` header (browsers ask for HTML, everything else
gets JSON).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import cache
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse

from dyadwatch.errors import ConfigError

FORMATS = ("html", "json", "csv", "jsonl")


def wanted(request: Request, allowed: tuple[str, ...] = ("html", "json")) -> str:
    fmt = request.query_params.get("format")
    if fmt:
        if fmt not in allowed:
            raise ConfigError(f"format={fmt!r} is not one of {', '.join(allowed)} for {request.url.path}")
        return fmt
    accept = request.headers.get("accept", "")
    return "html" if "text/html" in accept else "json"


@cache
def _templates() -> Any:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("dyadwatch", "web/templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["tojson_script"] = to_script_json
    env.filters["num"] = lambda v: "–" if v is None else (f"{v:,}" if isinstance(v, int) else f"{v:.2f}")
    return env


def to_script_json(data: Any) -> str:
    """JSON safe to put inside a ``<script type="application/json">`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_plain)
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def page(request: Request, template: str, data: dict[str, Any], *, title: str, status: int = 200) -> HTMLResponse:
    html = (
        _templates()
        .get_template(template)
        .render(request=request, data=data, title=title, path=request.url.path, query=str(request.url.query))
    )
    return HTMLResponse(html, status_code=status)


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, tuple | set):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def json_response(data: Any, status: int = 200) -> Response:
    """JSON of plain records (dicts, lists, numbers, strings, dates). Encoded with the standard
    library directly: FastAPI's generic encoder walks every value and costs more than the query."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_plain)
    return Response(body, status_code=status, media_type="application/json")


def respond(request: Request, template: str, data: dict[str, Any], *, title: str, status: int = 200) -> Response:
    if wanted(request) == "json":
        return json_response(data, status)
    return page(request, template, data, title=title, status=status)


CSV_COLUMNS = (
    "event_id", "date", "date_precision", "source_code", "source_name", "source_text", "source_country",
    "plover_type", "plover_mode", "plover_context", "stance", "target_code", "target_name", "target_text",
    "target_country", "cameo_code", "quad_class", "goldstein", "confidence", "location_name",
    "location_country", "lat", "lon", "trigger", "sentence", "article_id",
)  # fmt: skip


def flat(record: dict[str, Any]) -> dict[str, Any]:
    """An event record as one flat CSV row."""
    src, tgt, loc = record["source"] or {}, record["target"] or {}, record["location"] or {}
    return {
        "event_id": record["event_id"], "date": record["date"], "date_precision": record["date_precision"],
        "source_code": src.get("code"), "source_name": src.get("name"), "source_text": src.get("text"),
        "source_country": src.get("country"), "plover_type": record["plover"]["type"],
        "plover_mode": record["plover"]["mode"], "plover_context": ";".join(record["plover"]["context"]),
        "stance": record["stance"], "target_code": tgt.get("code"), "target_name": tgt.get("name"),
        "target_text": tgt.get("text"), "target_country": tgt.get("country"),
        "cameo_code": record["cameo"]["code"], "quad_class": record["cameo"]["quad_class"],
        "goldstein": record["cameo"]["goldstein"], "confidence": record["confidence"],
        "location_name": loc.get("name"), "location_country": loc.get("country"), "lat": loc.get("lat"),
        "lon": loc.get("lon"), "trigger": record["trigger"]["text"], "sentence": record["sentence"],
        "article_id": record["article_id"],
    }  # fmt: skip


def _csv_lines(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for i, record in enumerate(records):
        writer.writerow(flat(record))
        if i % 500 == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def download(records: Iterable[dict[str, Any]], fmt: str, filename: str) -> StreamingResponse:
    """Stream events as CSV or JSON Lines (one ``Event.to_record()`` a line) without holding them all."""
    if fmt == "csv":
        body: Iterator[str] = _csv_lines(records)
        media = "text/csv; charset=utf-8"
    else:
        body = (json.dumps(r, ensure_ascii=False, default=_plain) + "\n" for r in records)
        media = "application/x-ndjson; charset=utf-8"
    return StreamingResponse(
        body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{filename}.{fmt}"'}
    )
