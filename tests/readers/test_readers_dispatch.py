"""read_inputs as a whole: dispatch, directories, the registry, and bad inputs in a batch."""

from datetime import date

import pytest

from dyadwatch.models import Article, Failure
from dyadwatch.readers import ReadOptions, read_inputs, reader_for
from dyadwatch.readers.base import reader
from dyadwatch.registry import readers


def test_directory_is_recursive_sorted_and_skips_hidden_and_readme(fixtures_dir):
    results = list(read_inputs([fixtures_dir / "batch"]))
    origins = [r.origin.split("batch/")[1] for r in results]
    assert origins == ["a.txt", "image.png", "sub/b.html"]
    a, png, b = results
    assert isinstance(a, Article) and a.title == "First"
    assert isinstance(png, Failure) and png.message.startswith("is not an article file dyadwatch knows")
    assert isinstance(b, Article) and (b.published, b.published_source) == (date(2021, 2, 3), "html-meta")
    assert "Example footer text" not in b.text


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("bad_utf8.txt", "not valid UTF-8 at byte 71 (re-save the file as UTF-8)"),
        ("nul_bytes.txt", "is binary (it contains NUL bytes) (give dyadwatch a text, HTML, JSONL or feed file)"),
        ("control_chars.txt", "is mostly non-text bytes (give dyadwatch a text, HTML, JSONL or feed file)"),
        ("fake.pdf.txt", "is a PDF document, not text (convert it to text or HTML first)"),
        ("utf16.txt", "is UTF-16 text (re-save the file as UTF-8)"),
        ("whitespace.txt", "is empty (give an input that contains article text)"),
        ("header_only.txt", "has no article text (give an input that contains article text)"),
        ("bad_date.txt", "Published: 'the day before yesterday' is not a date (write it as YYYY-MM-DD)"),
    ],
)
def test_bad_file_yields_one_clear_failure(fixtures_dir, name, message):
    (failure,) = list(read_inputs([fixtures_dir / name]))
    assert isinstance(failure, Failure)
    assert failure.origin == str(fixtures_dir / name)
    assert failure.message == message
    assert "\n" not in str(failure)


def test_bad_utf8_byte_position_is_right(fixtures_dir):
    data = (fixtures_dir / "bad_utf8.txt").read_bytes()
    assert data[71] == 0xE9


def test_a_batch_keeps_every_good_input_around_the_bad_ones(fixtures_dir, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Title: Good\n\nEl Salvador and Honduras signed a customs deal.\n", encoding="utf-8")
    unreadable = tmp_path / "locked.txt"
    unreadable.write_text("x", encoding="utf-8")
    unreadable.chmod(0)
    inputs = [
        fixtures_dir / "nul_bytes.txt",
        good,
        tmp_path / "missing.txt",
        fixtures_dir / "mixed.jsonl",
        fixtures_dir / "feed.rss",
        unreadable,
        str(good),
    ]
    results = list(read_inputs(inputs))
    kinds = ["A" if isinstance(r, Article) else "F" for r in results]
    # nul | good | missing | jsonl: 1 ok, 2, 4, 5, 6, 7, 8 ok, 9 | rss: 2 ok, 1 bad | locked | good again
    locked_ok = kinds[-2] == "A"  # running as root, chmod 0 does not stop reading
    assert kinds[:-2] == ["F", "A", "F", "A", "F", "F", "F", "F", "F", "A", "F", "A", "A", "F"]
    assert kinds[-1] == "A"
    assert results[1].article_id == results[-1].article_id
    assert results[2].message == "no such file or directory (check the path)"
    if not locked_ok:
        assert results[-2].message == "permission denied (make the file readable)"


def test_a_single_path_string_is_one_input(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Guatemala signed.", encoding="utf-8")
    (article,) = list(read_inputs(str(path)))
    assert article.text == "Guatemala signed."


def test_empty_directory_fails(tmp_path):
    (failure,) = list(read_inputs([tmp_path]))
    assert failure.message.startswith("is a directory with no article files")


def test_unknown_suffix_given_directly_is_sniffed_or_read_as_text(tmp_path):
    path = tmp_path / "story.data"
    path.write_text("Mexico and the United States reached a deal.", encoding="utf-8")
    assert reader_for(path) is None
    (article,) = list(read_inputs([path]))
    assert article.text.startswith("Mexico")


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.txt", b"plain", "text"),
        ("a.HTML", b"<p>x</p>", "html"),
        ("a.ndjson", b"{}", "jsonl"),
        ("a.atom", b"<feed/>", "feed"),
        ("a.txt", b'<?xml version="1.0"?>\n<rss version="2.0">', "feed"),
        ("a.txt", b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        ("a", b'{"text": "x"}', "jsonl"),
        ("a.bin", b"just words", None),
    ],
)
def test_reader_for(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    assert reader_for(path) == expected


def test_a_plugin_reader_is_dispatched_like_a_built_in(tmp_path):
    @reader("test-csv-headlines", suffixes=(".headlines",))
    def read_headlines(source, options):
        with open(source, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                yield Article.create(line.strip(), origin=f"{source}:{number}", published=options.published)

    try:
        path = tmp_path / "day.headlines"
        path.write_text("Honduras extradites suspect\nMexico deploys troops\n", encoding="utf-8")
        results = list(read_inputs([path], ReadOptions(published=date(2019, 6, 8))))
        assert [r.text for r in results] == ["Honduras extradites suspect", "Mexico deploys troops"]
        assert results[1].origin.endswith("day.headlines:2")
    finally:
        readers._items.pop("test-csv-headlines", None)


def test_a_crashing_reader_becomes_a_failure_not_a_crash(tmp_path):
    @reader("test-crash", suffixes=(".crash",))
    def crash(source, options):
        raise RuntimeError("boom")
        yield  # pragma: no cover

    try:
        path = tmp_path / "x.crash"
        path.write_text("x", encoding="utf-8")
        other = tmp_path / "ok.txt"
        other.write_text("Colombia protested.", encoding="utf-8")
        failure, article = read_inputs([path, other])
        assert failure.message.startswith("reader 'test-crash' failed (RuntimeError: boom)")
        assert article.text == "Colombia protested."
    finally:
        readers._items.pop("test-crash", None)


def test_builtin_readers_are_registered():
    assert {"text", "html", "jsonl", "feed", "url"} <= set(readers.names())


def test_public_api_is_pinned():
    import dyadwatch.readers as api

    assert sorted(api.__all__) == [
        "ReadOptions",
        "date_from_dateline",
        "date_from_url",
        "read_inputs",
        "read_text",
        "reader_for",
    ]
    assert all(hasattr(api, name) for name in api.__all__)


@pytest.mark.parametrize("options", [{"timeout": 0}, {"timeout": -1.0}, {"max_bytes": 0}])
def test_read_options_reject_impossible_limits(options):
    from dyadwatch.errors import ConfigError

    with pytest.raises(ConfigError):
        ReadOptions(**options)


def test_dash_reads_standard_input(monkeypatch):
    import io
    import sys

    stdin = io.TextIOWrapper(io.BytesIO(b"Title: From stdin\n\nHonduras and Mexico met.\n"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    (article,) = list(read_inputs(["-"]))
    assert (article.title, article.origin, article.text) == ("From stdin", "<stdin>", "Honduras and Mexico met.\n")
