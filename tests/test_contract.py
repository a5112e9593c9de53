"""The event record contract: ids, schema, ontology facts."""

from __future__ import annotations

import copy
from datetime import date

import jsonschema
import pytest

from dyadwatch.models import Article, article_id_for
from dyadwatch.ontology import PLOVER_TYPES, cameo_info, cameo_table, pentaclass, quad_class
from dyadwatch.schema import validate_event
from tests.conftest import HND, USA, make_coded


def _record():
    coded = make_coded(
        "Washington threatened to cut aid to Honduras.",
        [("threatened", "1311", USA, HND, "asserted", date(2018, 2, 8))],
    )
    return coded.events[0]


def test_a_coded_event_is_a_valid_record():
    record = _record().to_record()
    validate_event(record)
    assert record["cameo"] == {"code": "1311", "root": "13", "quad_class": 3, "goldstein": -5.8}
    assert record["plover"]["type"] == "THREATEN"
    assert record["trigger"] == {"text": "threatened", "start": 11, "end": 21}


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("plover", "type"), "FIGHT"),
        (("stance",), "maybe"),
        (("cameo", "quad_class"), 5),
        (("date",), "08/02/2018"),
        (("source", "country"), "US"),
        (("confidence",), 1.5),
    ],
)
def test_the_schema_rejects_records_that_break_the_contract(path, value):
    record = copy.deepcopy(_record().to_record())
    node = record
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        validate_event(record)


def test_event_ids_are_stable_and_depend_on_content():
    a, b = _record(), _record()
    assert a.event_id == b.event_id
    from dataclasses import replace

    assert replace(a, plover_type="ACCUSE").event_id != a.event_id


def test_article_ids_ignore_line_endings_and_spacing():
    assert article_id_for("Honduras met Mexico.\r\n") == article_id_for("Honduras  met Mexico.\n")
    assert Article.create("A.").article_id != Article.create("B.").article_id


def test_cameo_table_covers_every_root_with_plover_types():
    table = cameo_table()
    roots = {c[:2] for c in table}
    assert roots == {f"{r:02d}" for r in range(1, 21)}
    plover = {info.plover_type for info in table.values() if info.plover_type}
    assert plover == set(PLOVER_TYPES)
    assert cameo_info("190").plover_type == "ASSAULT"
    assert cameo_info("0231").plover_type == "REQUEST"
    assert cameo_info("1999").code == "1999" and cameo_info("1999").root == "19"


@pytest.mark.parametrize(
    ("root", "quad", "penta"),
    [("01", 1, 0), ("02", 1, 0), ("05", 1, 1), ("06", 2, 2), ("09", 3, 3), ("13", 3, 3), ("14", 4, 4), ("20", 4, 4)],
)
def test_quad_and_pentaclass(root, quad, penta):
    assert quad_class(root) == quad
    assert pentaclass(root) == penta
