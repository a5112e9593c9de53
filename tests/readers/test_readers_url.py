"""URL reading against a real HTTP server on 127.0.0.1 (no outside network)."""

import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dyadwatch.models import Article, Failure
from dyadwatch.readers import ReadOptions, read_inputs

PAGE = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Aid talks</title>
<meta property="article:published_time" content="2019-09-25T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/subscribe">Subscribe</a></nav><article><h1>Aid talks</h1>
<p>Honduras and the United States met in New York on Wednesday and agreed to restore part of the aid that
Washington cut in March, officials said.</p></article><footer>Footer text</footer></body></html>"""
FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>One</title>
<link>https://x.example.org/one</link><description>Mexico and Guatemala agreed on border patrols.</description>
</item></channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def _send(self, status, body, content_type, length=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        routes = {
            "/2019/09/25/ok": lambda: self._send(200, PAGE, "text/html; charset=utf-8"),
            "/feed": lambda: self._send(200, FEED, "application/rss+xml"),
            "/plain": lambda: self._send(200, b"Title: Plain\n\nColombia and Venezuela met.\n", "text/plain"),
            "/pdf": lambda: self._send(200, b"%PDF-1.7", "application/pdf"),
            "/declared-big": lambda: self._send(200, b"", "text/html", length=50_000_000),
            "/redirect": self._redirect,
            "/slow": self._slow,
            "/stream-big": self._stream_big,
        }
        route = routes.get(self.path)
        if route is None:
            self._send(404, b"not here", "text/plain")
        else:
            route()

    def _redirect(self):
        self.send_response(302)
        self.send_header("Location", "/2019/09/25/ok")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _slow(self):
        time.sleep(1.5)
        self._send(200, PAGE, "text/html")

    def _stream_big(self):
        # No Content-Length: the size cap has to be enforced while streaming.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(100):
                self.wfile.write(b"<p>" + b"x" * 10_000 + b"</p>")
        except (BrokenPipeError, ConnectionResetError):
            pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # the client hanging up on /slow and /stream-big is the point of those routes


@pytest.fixture(scope="module")
def server_url():
    server = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def read_one(url, **options):
    (result,) = list(read_inputs([url], ReadOptions(**options)))
    return result


def test_ok_page(server_url):
    article = read_one(f"{server_url}/2019/09/25/ok")
    assert isinstance(article, Article)
    assert article.title == "Aid talks"
    assert article.url == f"{server_url}/2019/09/25/ok"
    assert article.origin == f"{server_url}/2019/09/25/ok"
    assert (article.published, article.published_source) == (date(2019, 9, 25), "html-meta")
    assert "agreed to restore part of the aid" in article.text
    assert "Subscribe" not in article.text and "Footer text" not in article.text


def test_redirect_is_followed_and_final_url_recorded(server_url):
    article = read_one(f"{server_url}/redirect")
    assert article.url == f"{server_url}/2019/09/25/ok"
    assert article.origin == f"{server_url}/redirect"


def test_feed_and_plain_text_urls(server_url):
    feed = read_one(f"{server_url}/feed")
    assert feed.text == "Mexico and Guatemala agreed on border patrols."
    plain = read_one(f"{server_url}/plain")
    assert plain.title == "Plain" and plain.text == "Colombia and Venezuela met.\n"


@pytest.mark.parametrize(
    ("path", "options", "message"),
    [
        ("/missing", {}, "HTTP 404 Not Found (check the address"),
        ("/slow", {"timeout": 0.3}, "timed out after 0.3 s (check the address, or allow more time"),
        ("/declared-big", {}, "is too large (50000000 bytes) (raise the limit"),
        ("/stream-big", {"max_bytes": 100_000}, "is too large (more than 100000 bytes)"),
        ("/pdf", {}, "has content type application/pdf, not an HTML page"),
    ],
)
def test_bad_urls_fail_with_clear_messages(server_url, path, options, message):
    failure = read_one(f"{server_url}{path}", **options)
    assert isinstance(failure, Failure)
    assert failure.origin == f"{server_url}{path}"
    assert failure.message.startswith(message)


def test_unreachable_url_fails_and_the_batch_goes_on(server_url, tmp_path):
    closed = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = closed.server_address[1]
    closed.server_close()  # nothing listens on this port now
    good = tmp_path / "good.txt"
    good.write_text("Honduras signed the agreement.", encoding="utf-8")
    results = list(read_inputs([f"http://127.0.0.1:{port}/x", good, f"{server_url}/2019/09/25/ok"]))
    assert isinstance(results[0], Failure) and results[0].message.startswith("could not be fetched")
    assert [type(r) for r in results[1:]] == [Article, Article]
