"""The report in a real browser: on a phone, on A4 paper, and without console errors.

Each bundled example's report is opened in headless Chromium, driven over the DevTools
protocol through a pipe (``--remote-debugging-pipe``: no network port, no extra package).
The report itself has no script; only this test measures the page. Without a Chromium
on the machine (``PLEIN_CHROMIUM``, or ``chromium``/``chromium-browser``/``google-chrome``
on the PATH) the tests are skipped, and say so.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import re
import shutil
import subprocess
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pendulum
import pytest

import plein
from plein.render import report

AS_OF = pendulum.Date(2026, 11, 28)
PHONE = 390  # CSS pixels: a common phone's width
DESKTOP = 1280
A4_INCHES = (8.27, 11.69)

#: The expected number of A4 pages per example, as a range: a report that prints a
#: near-empty page per section, or squeezes everything onto one, falls outside it.
PAGES = {
    "flawed-evening": (3, 6),  # 4 pages with Chromium 156
    "heat-transition": (6, 11),  # 9
    "project-evaluation": (4, 7),  # 5
    "shopping-centre": (7, 11),  # 9
    "village-evening": (3, 6),  # 4
}


def find_chromium() -> str | None:
    """The path of a Chromium to drive, or None."""
    given = os.environ.get("PLEIN_CHROMIUM")
    if given:
        return given
    for exe in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(exe)
        if found:
            return found
    return None


class Browser:
    """A headless Chromium spoken to over the DevTools protocol on a pipe (fd 3 in, 4 out)."""

    def __init__(self, exe: str, profile: str) -> None:
        to_chrome_r, to_chrome_w = os.pipe()
        from_chrome_r, from_chrome_w = os.pipe()
        # Move the child's ends above 4 first, so that placing them on 3 and 4 cannot clash.
        child_in = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD_CLOEXEC, 10)
        child_out = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD_CLOEXEC, 10)
        for fd in (to_chrome_r, from_chrome_w):
            os.close(fd)

        def place() -> None:
            os.dup2(child_in, 3)
            os.dup2(child_out, 4)

        self.process = subprocess.Popen(
            [
                exe,
                "--headless",
                "--remote-debugging-pipe",
                "--no-sandbox",  # CI runs as root, where Chromium's sandbox refuses to start
                "--disable-gpu",
                "--no-first-run",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            # Only 3 and 4 are inherited: every other descriptor is close-on-exec.
            close_fds=False,
            preexec_fn=place,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(child_in)
        os.close(child_out)
        self.writer = os.fdopen(to_chrome_w, "wb", buffering=0)
        self.reader = os.fdopen(from_chrome_r, "rb", buffering=0)
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def _read(self) -> dict[str, Any]:
        while b"\0" not in self.buffer:
            chunk = self.reader.read(1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self.buffer += chunk
        message, _, self.buffer = self.buffer.partition(b"\0")
        result: dict[str, Any] = json.loads(message)
        return result

    def send(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """Call a DevTools method and wait for its answer; events meanwhile are kept."""
        self.next_id += 1
        call: dict[str, Any] = {"id": self.next_id, "method": method, "params": params}
        if session is not None:
            call["sessionId"] = session
        self.writer.write(json.dumps(call).encode() + b"\0")
        while True:
            message = self._read()
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                answer: dict[str, Any] = message.get("result", {})
                return answer
            self.events.append(message)

    def wait_for(self, method: str) -> dict[str, Any]:
        """Wait for the next event named ``method``."""
        for i, event in enumerate(self.events):
            if event.get("method") == method:
                return self.events.pop(i)
        while True:
            message = self._read()
            if message.get("method") == method:
                return message
            self.events.append(message)

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, OSError):
            self.send("Browser.close")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.writer.close()
        self.reader.close()


class Tab:
    """One page in the browser, at a given width, with what it logged."""

    def __init__(self, browser: Browser, path: Path, width: int, *, mobile: bool) -> None:
        self.browser = browser
        target = browser.send("Target.createTarget", url="about:blank")["targetId"]
        self.target = target
        self.session = browser.send("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable")
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=844 if mobile else 900,
            deviceScaleFactor=1,
            mobile=mobile,
        )
        browser.events.clear()
        self.call("Page.navigate", url=path.resolve().as_uri())
        browser.wait_for("Page.loadEventFired")

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        return self.browser.send(method, self.session, **params)

    def measure(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (the page runs none of its own)."""
        answer = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return answer["result"].get("value")

    def errors(self) -> list[str]:
        """What the page logged as an error or threw."""
        found = []
        for event in self.browser.events:
            if event.get("sessionId") != self.session:
                continue
            params = event.get("params", {})
            if event.get("method") == "Runtime.exceptionThrown":
                found.append(str(params.get("exceptionDetails", {}).get("text")))
            elif event.get("method") == "Runtime.consoleAPICalled" and params.get("type") in (
                "error",
                "assert",
            ):
                found.append(str(params.get("args")))
            elif event.get("method") == "Log.entryAdded":
                entry = params.get("entry", {})
                if entry.get("level") == "error":
                    found.append(f"{entry.get('source')}: {entry.get('text')}")
        return found

    def pdf(self) -> bytes:
        """The page printed on A4 by the browser's own print path."""
        answer = self.call(
            "Page.printToPDF",
            paperWidth=A4_INCHES[0],
            paperHeight=A4_INCHES[1],
            preferCSSPageSize=True,
            printBackground=False,
            displayHeaderFooter=False,
        )
        return base64.b64decode(answer["data"])

    def screenshot(self) -> bytes:
        """A PNG of the whole page."""
        answer = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        return base64.b64decode(answer["data"])

    def close(self) -> None:
        self.browser.send("Target.closeTarget", targetId=self.target)


def page_count(pdf: bytes) -> int:
    """The number of pages in a PDF: its page objects (Chromium writes them uncompressed)."""
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", pdf))


def page_fill(pdf: bytes) -> list[int]:
    """How much each page holds: the text-showing operators in its content stream."""
    objects = {
        int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj(.*?)endobj", pdf, re.S)
    }
    fill = []
    for body in objects.values():
        if not re.search(rb"/Type\s*/Page(?![A-Za-z])", body):
            continue
        ref = re.search(rb"/Contents\s+(\d+) 0 R", body)
        stream = (
            re.search(rb"stream\r?\n(.*)endstream", objects[int(ref.group(1))], re.S)
            if ref
            else None
        )
        data = b""
        if stream is not None:
            try:
                data = zlib.decompress(stream.group(1))
            except zlib.error:
                data = stream.group(1)
        fill.append(len(re.findall(rb"T[jJ]\b", data)))
    return fill


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    exe = find_chromium()
    if exe is None:
        pytest.skip("no Chromium found (set PLEIN_CHROMIUM or install chromium)")
    with tempfile.TemporaryDirectory(prefix="plein-chromium-") as profile:
        driver = Browser(exe, profile)
        try:
            yield driver
        finally:
            driver.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("reports")
    written = {}
    for name in plein.examples.names():
        path = folder / f"{name}.html"
        path.write_text(report(plein.examples.load(name), as_of=AS_OF), encoding="utf-8")
        written[name] = path
    return written


@pytest.mark.parametrize("name", plein.examples.names())
def test_nothing_overflows_a_phone(browser: Browser, pages: dict[str, Path], name: str) -> None:
    """At 390 px the page is as wide as the phone: no zooming out, no sideways scroll."""
    tab = Tab(browser, pages[name], PHONE, mobile=True)
    try:
        width = tab.measure("[window.innerWidth, document.documentElement.scrollWidth]")
        assert width == [PHONE, PHONE]
        # Every picture's text stays readable at phone width (11 px or more on screen).
        smallest = tab.measure(
            "Math.min(1e9, ...[...document.querySelectorAll('svg text')].filter("
            "t => t.getBoundingClientRect().width > 0).map(t => {"
            "const m = t.getScreenCTM(); const s = parseFloat(t.getAttribute('font-size'));"
            "return s * Math.hypot(m.a, m.b);}))"
        )
        assert smallest >= 11
        assert tab.errors() == []
    finally:
        tab.close()


@pytest.mark.parametrize("name", plein.examples.names())
def test_nothing_overflows_a_desktop(browser: Browser, pages: dict[str, Path], name: str) -> None:
    """On a desktop screen the page has no sideways scroll and logs no error."""
    tab = Tab(browser, pages[name], DESKTOP, mobile=False)
    try:
        assert tab.measure("document.documentElement.scrollWidth") <= DESKTOP
        assert tab.errors() == []
    finally:
        tab.close()


@pytest.mark.parametrize("name", plein.examples.names())
def test_prints_on_a_sensible_number_of_a4_pages(
    browser: Browser, pages: dict[str, Path], name: str
) -> None:
    """Printed by the browser, the report fills a number of A4 pages in its expected range."""
    tab = Tab(browser, pages[name], DESKTOP, mobile=False)
    try:
        pdf = tab.pdf()
    finally:
        tab.close()
    assert pdf.startswith(b"%PDF")
    low, high = PAGES[name]
    assert low <= page_count(pdf) <= high
    # No near-empty pages (a title alone, one sentence): only the last may hold little.
    fill = page_fill(pdf)
    assert len(fill) == page_count(pdf)
    assert sum(1 for n in fill if n < max(fill) // 8) <= 1
    # A4 portrait in points (595 x 842), as the report's @page asks.
    assert re.search(rb"/MediaBox\s*\[\s*0\s+0\s+59[45](\.\d+)?\s+84[12](\.\d+)?\s*\]", pdf)


def test_every_example_has_a_page_range() -> None:
    """Each bundled example has an expected page count, so a new one cannot go untested."""
    assert sorted(PAGES) == plein.examples.names()
