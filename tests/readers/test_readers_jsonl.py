from datetime import date

from dyadwatch.models import Article, Failure
from dyadwatch.readers import ReadOptions, read_inputs


def split(results):
    return [r for r in results if isinstance(r, Article)], [r for r in results if isinstance(r, Failure)]


def test_mixed_jsonl_yields_good_lines_and_one_failure_per_bad_line(fixtures_dir):
    articles, failures = split(list(read_inputs([fixtures_dir / "mixed.jsonl"])))
    origin = str(fixtures_dir / "mixed.jsonl")
    assert [a.origin for a in articles] == [f"{origin}:1", f"{origin}:8"]
    first, second = articles
    assert first.title == "Troops" and first.publisher == "Example Hemisphere Report"
    assert (first.published, first.published_source) == (date(2019, 6, 14), "input")
    assert second.text.startswith("Colombia and Venezuela restored diplomatic relations")
    assert (second.published, second.published_source) == (date(2022, 8, 11), "url")
    messages = {f.origin.rsplit(":", 1)[1]: f.message for f in failures}
    assert set(messages) == {"2", "4", "5", "6", "7", "9"}  # line 3 is blank: skipped
    assert messages["2"].startswith("not valid JSON: Unterminated string starting at column 28")
    assert messages["4"].startswith("is a JSON list, not an object")
    assert messages["5"].startswith('has no "text" or "html" field with content')
    assert messages["6"] == "\"published\" 'someday' is not a date (write it as YYYY-MM-DD)"
    assert messages["7"].startswith("not valid UTF-8 at byte ")
    assert messages["9"] == '"title" must be a string, not list'


def test_invalid_utf8_position_is_the_file_offset(fixtures_dir):
    data = (fixtures_dir / "mixed.jsonl").read_bytes()
    failure = next(r for r in read_inputs([fixtures_dir / "mixed.jsonl"]) if r.origin.endswith(":7"))
    position = int(failure.message.split("byte ")[1].split(" ")[0])
    assert data[position] == 0xE9


def test_jsonl_options_fill_gaps_only(tmp_path):
    path = tmp_path / "two.ndjson"
    path.write_text(
        '{"text": "Honduras extradited a suspect.", "publisher": "Own"}\n{"text": "Guatemala protested."}\n',
        encoding="utf-8",
    )
    first, second = read_inputs([path], ReadOptions(publisher="Flag", published=date(2021, 1, 2)))
    assert first.publisher == "Own" and second.publisher == "Flag"
    assert first.published == second.published == date(2021, 1, 2)


def test_jsonl_same_text_twice_same_id(tmp_path):
    path = tmp_path / "dupes.jsonl"
    path.write_text('{"text": "Mexico agreed."}\n{"text": "Mexico  agreed.", "title": "again"}\n', encoding="utf-8")
    first, second = read_inputs([path])
    assert first.article_id == second.article_id


def test_empty_jsonl_file_fails(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    (failure,) = list(read_inputs([path]))
    assert failure.message.startswith("is empty")
