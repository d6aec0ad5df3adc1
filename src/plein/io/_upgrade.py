"""Upgrades of older design documents to the format this plein writes.

Each step takes a design in one version's wire form and returns it in the next; the
loader runs the chain from the document's ``schemaVersion`` up to
:data:`~plein.model.SCHEMA_VERSION`. Steps change the data in place and work on plain
dicts and lists as well as on a comment-keeping YAML tree (ruamel.yaml's round-trip
types), so ``plein upgrade`` keeps a file's comments and key order.

1.0 to 2.0: version 1.0 filled in two facts a design did not state, which 2.0 keeps
unknown: a party's participation level (``consult``) and a follow-up's status
(``open``). The upgrade writes those defaults out, so an old design means what it meant.
An action's or promise's single ``owner`` becomes the list ``owners``.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any, Literal

from plein.model import SCHEMA_VERSION

__all__ = ["UPGRADES", "upgrade_data", "upgrade_text"]


def _mappings(value: Any) -> Iterator[MutableMapping[str, Any]]:
    if isinstance(value, list):
        for item in value:
            if isinstance(item, MutableMapping):
                yield item


def _set_after(mapping: MutableMapping[str, Any], key: str, value: Any, after: str) -> None:
    """Set ``key`` right after ``after`` where the mapping keeps an order it can insert in."""
    keys = list(mapping)
    insert = getattr(mapping, "insert", None)
    if insert is not None and after in keys:
        insert(keys.index(after) + 1, key, value)
    else:
        mapping[key] = value


def _rename(mapping: MutableMapping[str, Any], old: str, new: str, value: Any) -> None:
    keys = list(mapping)
    position = keys.index(old)
    insert = getattr(mapping, "insert", None)
    del mapping[old]
    if insert is not None:
        insert(position, new, value)
    else:
        mapping[new] = value


def _flow_list(beside: MutableMapping[str, Any], items: list[Any]) -> Any:
    """A list, written ``[a, b]`` when the document is a comment-keeping YAML tree."""
    if not hasattr(beside, "insert"):
        return items
    from ruamel.yaml.comments import CommentedSeq

    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


def _follow_ups(data: MutableMapping[str, Any]) -> Iterator[MutableMapping[str, Any]]:
    for session in _mappings(data.get("sessions")):
        for agreement in _mappings(session.get("agreements")):
            yield from _mappings(agreement.get("actions"))
        yield from _mappings(session.get("promises"))


def _one_to_two(data: MutableMapping[str, Any]) -> None:
    for party in _mappings(data.get("parties")):
        if "level" not in party:
            _set_after(party, "level", "consult", "category")
    for item in _follow_ups(data):
        if "owner" in item:
            owner = item["owner"]
            _rename(item, "owner", "owners", _flow_list(item, [owner] if owner else []))
        if "status" not in item:
            _set_after(item, "status", "open", "due" if "due" in item else "text")


#: The upgrade steps: from version, to version, and the step.
UPGRADES: tuple[tuple[str, str, Callable[[MutableMapping[str, Any]], None]], ...] = (
    ("1.0", "2.0", _one_to_two),
)


def upgrade_data(data: MutableMapping[str, Any], version: str) -> str:
    """Upgrade ``data`` in place from ``version`` as far as the chain goes.

    Returns the version reached. A version the chain does not start from (a minor
    version between known ones) is taken as the newest step below it.
    """
    reached = version
    for _, target, step in UPGRADES:
        if _older(reached, target):
            step(data)
            reached = target
    if "schemaVersion" in data:
        data["schemaVersion"] = reached
    return reached


def _older(version: str, other: str) -> bool:
    a = tuple(int(x) for x in version.split("."))
    b = tuple(int(x) for x in other.split("."))
    return a < b


def upgrade_text(text: str, format: Literal["yaml", "json"] = "yaml") -> tuple[str, str, str]:
    """Rewrite a design document in the newest format, keeping what the reader allows.

    Returns ``(new_text, from_version, to_version)``; a document already in the newest
    version comes back unchanged. YAML keeps its comments, key order and quoting
    (ruamel.yaml's round trip); JSON keeps its key order. The caller checks the result.
    """
    if format == "json":
        data = json.loads(text)
        version = _version_of(data)
        if version is None or not _older(version, SCHEMA_VERSION):
            return text, version or SCHEMA_VERSION, version or SCHEMA_VERSION
        reached = upgrade_data(data, version)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n", version, reached
    from ruamel.yaml import YAML  # only the rewrite needs the round-trip reader
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # refold nothing the author wrote on one line
    yaml.indent(mapping=2, sequence=4, offset=2)
    data = yaml.load(text)
    version = _version_of(data)
    if version is None or not _older(version, SCHEMA_VERSION):
        return text, version or SCHEMA_VERSION, version or SCHEMA_VERSION
    reached = upgrade_data(data, version)
    data["schemaVersion"] = DoubleQuotedScalarString(reached)
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue(), version, reached


def _version_of(data: Any) -> str | None:
    version = data.get("schemaVersion") if isinstance(data, MutableMapping) else None
    if isinstance(version, str) and re.fullmatch(r"\d+\.\d+", version):
        return version
    return None
