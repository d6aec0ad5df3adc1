"""The YAML language server (what VS Code's YAML extension runs) validates a design that
`plein init` wrote against plein's schema, found through the modeline.

The test speaks the Language Server Protocol to ``yaml-language-server`` over stdio. It
runs where the server is installed: on PATH, named by ``PLEIN_YAML_LANGUAGE_SERVER``, or
in ``.ci/node`` (``npm install --prefix .ci/node yaml-language-server@1.19.2``).
"""

from __future__ import annotations

import io
import json
import os
import queue
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from plein import cli

ROOT = Path(__file__).resolve().parents[2]
INSTALL = "npm install --prefix .ci/node yaml-language-server@1.19.2"


def _server() -> str | None:
    named = os.environ.get("PLEIN_YAML_LANGUAGE_SERVER")
    if named:
        return named
    local = ROOT / ".ci" / "node" / "node_modules" / ".bin" / "yaml-language-server"
    if local.exists():
        return str(local)
    return shutil.which("yaml-language-server")


SERVER = _server()
pytestmark = pytest.mark.skipif(
    SERVER is None, reason=f"yaml-language-server is not installed (install it: {INSTALL})"
)

SETTINGS = {
    "yaml": {
        "validate": True,
        "hover": True,
        "completion": True,
        "format": {"enable": False},
        # No schema catalogue from the network: the modeline alone says which schema applies.
        "schemaStore": {"enable": False},
        "schemas": {},
    }
}


class Client:
    """A minimal LSP client: framed JSON-RPC over the server's stdin and stdout."""

    def __init__(self, command: list[str]) -> None:
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value.strip())
            assert length is not None
            self.messages.put(json.loads(stream.read(length)))

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        stream = self.process.stdin
        assert stream is not None
        stream.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        stream.flush()

    def notify(self, method: str, params: Any) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: Any, timeout: float = 60) -> Any:
        self.next_id += 1
        ident = self.next_id
        self._send({"id": ident, "method": method, "params": params})
        for message in self._incoming(timeout):
            if message.get("id") == ident and "method" not in message:
                return message.get("result")
        raise AssertionError(f"no answer to {method}")  # pragma: no cover

    def _incoming(self, timeout: float) -> Iterator[dict[str, Any]]:
        """The server's messages; its own requests are answered on the way."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                message = self.messages.get(timeout=left)
            except queue.Empty:
                return
            if "method" in message and "id" in message:  # a request from the server
                result: Any = None
                if message["method"] == "workspace/configuration":
                    items = message["params"]["items"]
                    result = [SETTINGS.get(item.get("section", "")) for item in items]
                self._send({"id": message["id"], "result": result})
                continue
            yield message

    def diagnostics(self, uri: str, timeout: float = 60, settle: float = 3) -> list[Any]:
        """The diagnostics the server publishes for ``uri``: the last set, once no new one
        has come for ``settle`` seconds (a first, empty set may precede the schema's)."""
        latest: list[Any] | None = None
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            wait = settle if latest is not None else end - time.monotonic()
            got = False
            for message in self._incoming(wait):
                if (
                    message.get("method") == "textDocument/publishDiagnostics"
                    and message["params"]["uri"] == uri
                ):
                    latest = message["params"]["diagnostics"]
                    got = True
                    break
            if not got and latest is not None:
                return latest
        assert latest is not None, "the server published no diagnostics"
        return latest

    def close(self) -> None:
        try:
            self.request("shutdown", None, timeout=10)
            self.notify("exit", None)
            self.process.wait(timeout=10)
        finally:
            if self.process.poll() is None:
                self.process.kill()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh folder in which `plein init` wrote a starter design and its schema."""
    where = tmp_path_factory.mktemp("editor")
    assert cli.main(["init", str(where)], io.StringIO(), io.StringIO()) == 0
    return where


@pytest.fixture(scope="module")
def client(folder: Path) -> Iterator[Client]:
    """A running yaml-language-server, initialised on ``folder``."""
    assert SERVER is not None
    client = Client([SERVER, "--stdio"])
    try:
        client.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": folder.as_uri(),
                "workspaceFolders": [{"uri": folder.as_uri(), "name": "designs"}],
                "capabilities": {
                    "workspace": {"configuration": True, "didChangeConfiguration": {}},
                    "textDocument": {"publishDiagnostics": {}, "hover": {}},
                },
            },
        )
        client.notify("initialized", {})
        client.notify("workspace/didChangeConfiguration", {"settings": SETTINGS})
        yield client
    finally:
        client.close()


def _open(client: Client, path: Path, text: str) -> list[Any]:
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}},
    )
    return client.diagnostics(uri)


def _line(text: str, needle: str) -> int:
    """The 0-based line of the first line containing ``needle``."""
    return next(n for n, line in enumerate(text.splitlines()) if needle in line)


def test_a_valid_design_gets_no_diagnostics(client: Client, folder: Path) -> None:
    """The starter design, as `plein init` wrote it, is valid under the schema it names."""
    text = (folder / "design.plein.yaml").read_text(encoding="utf-8")
    assert _open(client, folder / "valid.plein.yaml", text) == []


def test_a_broken_design_gets_diagnostics_at_its_mistakes(client: Client, folder: Path) -> None:
    """An unknown key, a value outside an enum and a time not written as HH:MM each get a
    diagnostic on their own line, from the schema found through the modeline."""
    text = (folder / "design.plein.yaml").read_text(encoding="utf-8")
    text = text.replace("    venue: Community centre", "    venu: Community centre")
    text = text.replace("    dagdeel: evening", "    dagdeel: evning")
    text = text.replace('start: "19:30"', 'start: "7.30pm"')
    diagnostics = _open(client, folder / "broken.plein.yaml", text)
    lines = {d["range"]["start"]["line"] for d in diagnostics}
    mistakes = {_line(text, "venu:"), _line(text, "evning"), _line(text, "7.30pm")}
    assert mistakes <= lines, diagnostics
    assert lines <= mistakes, diagnostics
    messages = " ".join(d["message"] for d in diagnostics)
    assert "venu" in messages
    assert "morning" in messages  # the allowed values of the enum
    assert "HH:MM" in messages


def _complete(client: Client, folder: Path, name: str, text: str, needle: str) -> list[Any]:
    """The completion items at the end of the line that is ``needle`` (indented)."""
    _open(client, folder / name, text)
    line = next(n for n, line in enumerate(text.splitlines()) if line.strip() == needle.strip())
    result = client.request(
        "textDocument/completion",
        {
            "textDocument": {"uri": (folder / name).as_uri()},
            "position": {"line": line, "character": len(text.splitlines()[line])},
        },
    )
    return list(result["items"] if isinstance(result, dict) else result)


def _documentation(item: dict[str, Any]) -> str:
    words = item.get("documentation", "")
    return words["value"] if isinstance(words, dict) else str(words)


def test_completion_explains_enum_values_and_offers_no_null(client: Client, folder: Path) -> None:
    """Typing a value after `dagdeel:` offers the three dagdelen, each with its words, and
    after `format:` the catalogue's work formats; null is never offered."""
    text = (folder / "design.plein.yaml").read_text(encoding="utf-8")
    text = text.replace("    dagdeel: evening", "    dagdeel: ")
    items = _complete(client, folder, "dagdeel.plein.yaml", text, "dagdeel: ")
    labels = {item["label"]: _documentation(item) for item in items}
    assert set(labels) == {"morning", "afternoon", "evening"}
    assert all(labels.values()), labels
    text = text.replace("    dagdeel: ", "    dagdeel: evening\n    mode: ")
    items = _complete(client, folder, "mode.plein.yaml", text, "mode: ")
    assert {item["label"] for item in items} == {"in-person", "online", "hybrid"}
    assert "null" not in {item["label"] for item in items}


def test_completion_offers_the_catalogues_work_formats(client: Client, folder: Path) -> None:
    """Typing a value after `format:` on a block offers the catalogue's work-format ids,
    each with its names."""
    text = (folder / "design.plein.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "    promises:", "      - id: extra\n        title: Extra\n        format: \n    promises:"
    )
    items = _complete(client, folder, "format.plein.yaml", text, "format: ")
    labels = {item["label"]: _documentation(item) for item in items}
    assert {"1-2-4-all", "dot-voting", "world-cafe"} <= set(labels)
    assert "1-2-4-allen" in labels["1-2-4-all"]
