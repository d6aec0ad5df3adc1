"""The participation report (participatieverslag) of a trajectory.

Under the Omgevingswet a municipality (or an applicant) shows how the people concerned
were involved and what was done with what they brought in. :func:`report` writes that
from a design: the issue and why participation, who was involved and how, the sessions
and their programmes, what was brought in and agreed, what was done with each agreement,
the follow-up actions and promises as of the report date, the promise ledger (from
:mod:`plein.trust`), and the next steps. It is written for residents and the council:
it names things by their titles, never by the design's ids, codes or paths. For
internal use, ``findings=True`` adds the design's open findings, in the same words.

It says what the design records and no more. A session planned before the report date
that is not held (no actual date, no attendance) and has no status but ``planned`` is
not "not yet held": the report lists it apart from the next steps, as planned and of
unknown outcome; so are undated steps before it. No date is "no date given", not "not
yet planned".

The content is built once as a :class:`~plein.render._document.Document`; HTML and
Markdown are two ways of writing it, so both have the same sections.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Literal

import attrs
import pendulum

from plein._settings import resolve_as_of, resolve_lang
from plein.checks import Config, Finding, Lang, Report, Severity, check, registry
from plein.errors import UsageError
from plein.export._graphtext import to_mermaid
from plein.model import (
    Action,
    ActionStatus,
    Agreement,
    ContactPerson,
    Count,
    Due,
    EdtfDate,
    FollowUp,
    IssueNature,
    OutcomeStatus,
    PartyCategory,
    RoleAssignment,
    Session,
    SessionKind,
    SessionStatus,
    Step,
    Timeline,
    Trajectory,
    timeline,
)
from plein.render._document import (
    Badge,
    Cell,
    Document,
    Facts,
    Figure,
    Heading,
    Keep,
    Paragraph,
    Part,
    Section,
    Table,
    to_html,
    to_markdown,
)
from plein.render._escape import shorten
from plein.render._svg import (
    block_format,
    find_format,
    format_name,
    graph_runs_across,
    graph_svg,
    happened,
    programme_svg,
    timeline_svg,
)
from plein.render._trust import report_ledger
from plein.render._words import (
    DASH,
    VOCABULARY,
    count_text,
    date_text,
    duration_text,
    name,
    number_text,
    span_text,
    word,
)
from plein.trust import PromiseState, promise_state
from plein.workformats import Catalogue, OwnFormat

__all__ = ["SECTIONS", "Format", "findings_part", "programme_table", "report"]

Format = Literal["html", "md"]

#: The keys of the report's sections, in order (the HTML ids of the sections); the
#: last, ``findings``, only when the report is asked to include them.
SECTIONS = (
    "issue",
    "parties",
    "sessions",
    "input",
    "outcomes",
    "follow-up",
    "ledger",
    "next-steps",
    "findings",
)


def report(
    trajectory: Trajectory,
    *,
    format: Format = "html",
    lang: Lang | None = None,
    as_of: dt.date | None = None,
    include_personal_data: bool = False,
    findings: bool | Report = False,
    config: Config | None = None,
) -> str:
    """The participation report of ``trajectory``, as HTML or Markdown.

    ``format`` is ``"html"`` (one self-contained page: inline CSS and SVG, no script,
    nothing fetched, printable) or ``"md"`` (the same sections as Markdown tables and
    lists, without pictures). ``lang`` is ``"nl"`` (the default: the language of the
    people who read it) or ``"en"``. ``as_of`` is the date the report speaks from
    (what is done, overdue, next); it defaults to today in the trajectory's time zone.
    Unset, ``lang`` and ``as_of`` come from :func:`plein.set_defaults` when it was called.
    Contact persons' names, e-mail addresses and phone numbers are left out unless
    ``include_personal_data`` is true.

    The report is for residents and the council, so by default it leaves out the
    design's findings. ``findings=True`` adds them as a last section for internal use
    (the checks are run: ``plein.check(trajectory, config, as_of=..., lang=...)``); a
    :class:`~plein.checks.Report` adds those findings instead. Either way they are
    written with the titles of what they are about, not with codes, ids or paths.
    ``config`` is the check configuration; its dagdeel ``windows`` also place the
    sessions in the report, so the report shows the times the checks judged.

    Raises :class:`~plein.errors.UsageError` for an unknown format or language.

    >>> import plein
    >>> design = plein.examples.load("shopping-centre")
    >>> html = report(design, as_of=pendulum.Date(2026, 11, 28))
    >>> html.startswith("<!DOCTYPE html>"), "<script" in html, "A. de Vries" in html
    (True, False, False)
    >>> 'id="findings"' in html, 'id="findings"' in report(design, findings=True)
    (False, True)
    """
    if format not in ("html", "md"):
        raise UsageError(f"a report's format is 'html' or 'md', not {format!r}")
    lang = resolve_lang(lang, "nl")
    if lang not in ("nl", "en"):
        raise UsageError(f"a report's language is 'nl' or 'en', not {lang!r}")
    today = resolve_as_of(as_of, trajectory.timezone)
    shown: Report | None = None
    if isinstance(findings, Report):
        shown = findings
    elif findings:
        shown = check(trajectory, config, as_of=today, lang=lang)
    windows = config.windows() if config is not None else {}
    document = _Writer(
        trajectory,
        lang,
        today,
        include_personal_data,
        trajectory.catalogue(),
        windows,
        unknown=_outcome_unknown(trajectory, today),
    )
    doc = document.build(shown)
    return to_html(doc) if format == "html" else to_markdown(doc)


def findings_part(findings: Report, lang: Lang) -> list[Part]:
    """The findings as a summary line and a table (or a note that there are none)."""
    if not findings.findings:
        parts: list[Part] = [Paragraph(word("no-findings", lang), note=True)]
    else:
        counts = findings.counts
        summary = ", ".join(count_text(counts[s], s.value, lang) for s in Severity if counts[s])
        rows = tuple(_finding_row(f, lang) for f in findings.findings)
        headers = ("severity", "code", "finding", "hint", "where")
        parts = [
            Paragraph(summary),
            Table(tuple(word(h, lang) for h in headers), rows),
        ]
    if findings.waived:
        waived = count_text(len(findings.waived), "finding", lang)
        accepted = (
            f"Accepted on purpose by a waiver in the design: {waived}."
            if lang == "en"
            else f"Bewust geaccepteerd met een uitzondering in het ontwerp: {waived}."
        )
        parts.append(Paragraph(accepted, note=True))
    return parts


# A check's code, where a message names another check.
_CODE = re.compile(r"\b[A-Z]{2}\d{3}\b")
# A wire value in brackets after its words: "verslaglegger (note-taker)".
_BRACKETED = re.compile(r" \(('?)([a-z0-9]+(?:-[a-z0-9]+)*)\1\)")
# An id or a value in quotes or backticks: 'avond', `categories`.
_QUOTED = re.compile(r"(['`])([A-Za-z0-9_.:-]+)\1")
# Any other text in backticks (`final: true`): kept, without the backticks.
_TICKED = re.compile(r"`([^`]*)`")
# An id written bare after what it names: "bijeenkomst avond", "step council".
_NAMED = re.compile(
    r"\b([Bb]ijeenkomst|[Ss]tap|[Oo]nderdeel|[Pp]artij|[Aa]fspraak|[Aa]ctie|[Ss]ession|[Ss]tep"
    r"|[Bb]lock|[Pp]arty|[Aa]greement|[Aa]ction|[Aa]ctiepunt|[Tt]oezegging|[Pp]romise)"
    r" ([a-z0-9][A-Za-z0-9_.:-]*)"
)
# A wire value of more than one word, written bare: "the role note-taker".
_HYPHENATED = re.compile(r"(?<![\w'`-])[a-z]+(?:-[a-z]+)+(?![\w'`-])")

# An EDTF year or month, perhaps approximate or uncertain: shown at its own precision.
_YEAR_OR_MONTH = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?[~?%]?")

_SEVERITY_TONE = {Severity.ERROR: "bad", Severity.WARNING: "warn", Severity.INFO: "muted"}


def _finding_row(finding: Finding, lang: Lang) -> tuple[Cell, ...]:
    return (
        Badge(name(finding.severity, lang), _SEVERITY_TONE[finding.severity]),
        (finding.code, finding.slug),
        finding.message,
        finding.hint,
        finding.path,
    )


def _outcome_unknown(trajectory: Trajectory, as_of: pendulum.Date) -> frozenset[str]:
    """The ids of the sessions and steps of the past whose outcome the design does not
    record: no actual date, no status but ``planned``, and a planned date surely before
    ``as_of`` or, without a date, a place before something that was planned before
    ``as_of`` or took place. Of these the report says that it does not know how they
    went, not that they are still to come."""
    today = EdtfDate.from_date(as_of)

    def silent(node: Session | Step) -> bool:
        if isinstance(node, Step):
            status = node.status
            return node.actual_date is None and (status is None or status.value == "planned")
        # Held by its date, its status or its attendance: it says how it went; so does an
        # occasion of a series recorded as held or called off.
        return node.state is SessionStatus.PLANNED and all(
            o.state is SessionStatus.PLANNED for o in node.occasions
        )

    def past(node: Session | Step) -> bool:
        if node.when is not None:
            return node.when.surely_before(today)
        return happened(node)

    graph = trajectory.graph()
    # Everything before a node of the past was planned before it: one walk back from all.
    before_past: set[str] = set()
    stack = [n for n in graph if past(graph.nodes[n]["item"])]
    while stack:
        for earlier in graph.predecessors(stack.pop()):
            if earlier not in before_past:
                before_past.add(earlier)
                stack.append(earlier)
    return frozenset(
        node.id
        for node in trajectory.nodes()
        if silent(node) and (past(node) if node.when is not None else node.id in before_past)
    )


@attrs.frozen
class _Writer:
    """Writes the report's sections for one trajectory, language and date."""

    trajectory: Trajectory
    lang: Lang
    as_of: pendulum.Date
    personal: bool
    catalogue: Catalogue
    windows: Mapping[str, str] = attrs.field(factory=dict, hash=False)
    #: The sessions and steps of the past whose outcome is not recorded.
    unknown: frozenset[str] = frozenset()

    def w(self, key: str) -> str:
        return word(key, self.lang)

    def t(self, en: str, nl: str) -> str:
        return nl if self.lang == "nl" else en

    # -- the whole ----------------------------------------------------------------

    def build(self, findings: Report | None) -> Document:
        t = self.trajectory
        ledger = tuple(
            attrs.evolve(part, caption=self.w("ledger"), row_headers=True)
            if isinstance(part, Table) and i == 1
            else attrs.evolve(part, caption=self.w("ledger-notable"))
            if isinstance(part, Table)
            else part
            for i, part in enumerate(report_ledger(t, self.as_of, self.lang))
        )
        sections: tuple[Section, ...] = (
            Section("issue", self.w("issue"), tuple(self.issue())),
            Section("parties", self.w("parties"), tuple(self.parties())),
            Section("sessions", self.w("sessions"), tuple(self.sessions())),
            Section("input", self.w("input"), tuple(self.input())),
            Section("outcomes", self.w("outcomes"), tuple(self.outcomes())),
            Section("follow-up", self.w("follow-up"), tuple(self.follow_ups())),
            Section("ledger", self.w("ledger"), ledger),
            Section("next-steps", self.w("next-steps"), tuple(self.next_steps())),
        )
        if findings is not None:
            sections += (Section("findings", self.w("findings"), tuple(self.findings(findings))),)
        notice = self.w("personal-included" if self.personal else "personal-left-out")
        return Document(
            title=f"{self.w('report')}: {t.title}",
            lang=self.lang,
            subtitle=t.issue.title,
            meta=(
                (self.w("trajectory"), t.title),
                (self.t("Report date", "Peildatum"), date_text(self.as_of, self.lang)),
            ),
            notice=notice,
            sections=sections,
        )

    # -- the findings, for internal use ------------------------------------------------

    def findings(self, findings: Report) -> Iterator[Part]:
        """The findings in plain words: titles for ids, words for codes and wire values."""
        if not findings.findings:
            yield Paragraph(self.w("no-findings"), note=True)
        else:
            counts = findings.counts
            yield Paragraph(
                ", ".join(count_text(counts[s], s.value, self.lang) for s in Severity if counts[s])
            )
            titles = self.titles()
            checks = registry()
            rows = []
            for f in findings.findings:
                about = tuple(dict.fromkeys(titles[i] for i in f.related if i in titles))
                summary = checks.get(f.code).summary(self.lang) if f.code in checks else ""
                rows.append(
                    (
                        Badge(name(f.severity, self.lang), _SEVERITY_TONE[f.severity]),
                        summary,
                        self.plain(f.message, titles),
                        self.plain(f.hint, titles),
                        about,
                    )
                )
            headers = ("severity", "check", "finding", "hint", "about")
            yield Table(tuple(self.w(h) for h in headers), tuple(rows), caption=self.w("findings"))
        if findings.waived:
            waived = count_text(len(findings.waived), "finding", self.lang)
            yield Paragraph(
                self.t(
                    f"Accepted on purpose by a waiver in the design: {waived}.",
                    f"Bewust geaccepteerd met een uitzondering in het ontwerp: {waived}.",
                ),
                note=True,
            )

    def titles(self) -> dict[str, str]:
        """What each id in the design stands for, as a reader knows it."""
        t = self.trajectory
        found: dict[str, str] = {t.id: t.title}
        found.update((p.id, p.name) for p in t.parties)
        found.update((n.id, n.title) for n in t.nodes())
        found.update((b.id, b.title) for _, _, b in t.blocks())
        for _, _, agreement in t.agreements():
            found[agreement.id] = shorten(agreement.text, 60)
            found.update((a.id, shorten(a.text, 60)) for a in agreement.actions)
        for session in t.sessions:
            found.update((p.id, shorten(p.text, 60)) for p in session.promises if p.id)
        found.update((a.id, self.owner_name(a.id)) for _, a in t.role_assignments() if a.id)
        return found

    def plain(self, text: str, titles: Mapping[str, str]) -> str:
        """A check's message without the design's ids, backticks and English values."""

        def words(key: str) -> str | None:
            if key in VOCABULARY:
                return VOCABULARY[key](self.lang)
            fmt = find_format(self.catalogue, key)
            return format_name(fmt, self.lang) if fmt is not None else None

        def bracketed(match: re.Match[str]) -> str:
            said = words(match.group(2))
            if said is None:
                return match.group(0)
            before = text[: match.start()]
            return "" if before.casefold().endswith(said.casefold()) else f" ({said})"

        def quoted(match: re.Match[str]) -> str:
            key = match.group(2)
            if key in titles:
                return self.t(f"\u201c{titles[key]}\u201d", f"\u201e{titles[key]}\u201d")
            said = words(key)
            if said is not None:
                return said
            return key if match.group(1) == "`" else match.group(0)

        def bare(match: re.Match[str]) -> str:
            return words(match.group(0)) or match.group(0)

        text = _CODE.sub(lambda m: self.t("a check", "een controle") if m.group(0) in
                         registry() else m.group(0), text)  # fmt: skip

        def named(match: re.Match[str]) -> str:
            key = match.group(2).rstrip(".:")
            if key not in titles:
                return match.group(0)
            rest = match.group(2)[len(key) :]
            return f"{match.group(1)} " + quoted_title(key) + rest

        def quoted_title(key: str) -> str:
            return self.t(f"\u201c{titles[key]}\u201d", f"\u201e{titles[key]}\u201d")

        text = _BRACKETED.sub(bracketed, text)
        text = _QUOTED.sub(quoted, text)
        text = _NAMED.sub(named, text)
        text = _TICKED.sub(lambda m: m.group(1), text)
        return _HYPHENATED.sub(bare, text)

    # -- names ----------------------------------------------------------------------

    def party_name(self, party_id: str) -> str:
        party = self.trajectory.party(party_id)
        return party.name if party is not None else party_id

    def assignment(self, assignment_id: str) -> RoleAssignment | None:
        for _, assignment in self.trajectory.role_assignments():
            if assignment.id == assignment_id:
                return assignment
        return None

    def owner_name(self, owner: str | None) -> str:
        """A party's name, or a role assignment as its title and party."""
        if owner is None:
            return ""
        if self.trajectory.party(owner) is not None:
            return self.party_name(owner)
        assignment = self.assignment(owner)
        if assignment is None:
            return owner
        if assignment.party is None:
            return self.role_text(assignment)
        # "probleemeigenaar (wethouder), Gemeente Lisse": as the session's roles say it.
        return f"{self.role_text(assignment)}, {self.party_name(assignment.party)}"

    def role_text(self, assignment: RoleAssignment) -> str:
        text = name(assignment.role, self.lang)
        title = assignment.title
        if title and title.casefold().startswith(text.casefold()):
            text = title  # "coördinator thema parkeren" already says the role
        elif title:
            text = f"{text} ({title})"
        person = self.person(assignment.person)
        if person is not None:
            text = f"{text}: {person.name}"
        return text

    def person(self, person_id: str | None) -> ContactPerson | None:
        """The contact person with this id, only when personal data may be shown."""
        if not self.personal or person_id is None:
            return None
        for party in self.trajectory.parties:
            for contact in party.contacts:
                if contact.id == person_id:
                    return contact
        return None

    def node_title(self, node_id: str) -> str:
        node = self.trajectory.node(node_id)
        return node.title if node is not None else node_id

    def zone_note(self, session: Session) -> str:
        """The session's zone in brackets when it is not the trajectory's, else nothing."""
        zone = session.timezone
        if zone is None or zone == self.trajectory.timezone:
            return ""
        return self.t(f" (time zone {zone})", f" (tijdzone {zone})")

    def edge(self, when: EdtfDate, *, latest: bool) -> str:
        """One end of a span of dates: a day, a month or a year as it is ("tot 2022",
        not "tot december 2022"), a longer or other period by its first or last month
        ("tot juni 2027", not a range of months)."""
        if when.day is not None or _YEAR_OR_MONTH.fullmatch(when.text):
            return date_text(when, self.lang)
        end = when.latest if latest else when.earliest
        return date_text(EdtfDate(f"{end.year:04d}-{end.month:02d}"), self.lang)

    def undated(self, node: Session | Step) -> str:
        """ "held, date not recorded" for a session, "done, ..." for a step."""
        return self.w("held-undated" if isinstance(node, Session) else "done-undated")

    def when_short(self, node: Session | Step) -> str:
        """When a session or step is, in a graph's label: its date as people write it."""
        if node.actual_date is None and happened(node):
            return self.undated(node)
        day = node.actual_date or node.planned_date
        if day is None:
            return ""
        text = date_text(day, self.lang)
        return text if node.actual_date is not None else f"{self.w('planned')}: {text}"

    def when(self, node: Session | Step) -> str:
        """When a session or step took place or is planned, planned against actual; a
        record that it was held (or done) without its date says so, never "planned"."""
        planned, actual = node.planned_date, node.actual_date
        if actual is not None:
            held = date_text(actual, self.lang, weekday=isinstance(node, Session))
            if planned is not None and planned != actual:
                return f"{held} ({self.w('planned')}: {date_text(planned, self.lang)})"
            return held
        if happened(node):
            if planned is None:
                return self.undated(node)
            return f"{self.undated(node)} ({self.w('planned')}: {date_text(planned, self.lang)})"
        # Nothing in the design says whether it was planned: no date is not "not planned".
        text = self.w("no-date-given")
        if planned is not None:
            planned_text = date_text(planned, self.lang, weekday=isinstance(node, Session))
            text = f"{self.w('planned')}: {planned_text}"
        if node.id in self.unknown:
            return f"{text}; {self.unknown_text(node)}"
        if node.status is not None and node.status.value != "planned":
            return f"{text}; {name(node.status, self.lang)}"  # postponed, cancelled, ...
        return text

    def unknown_text(self, node: Session | Step) -> str:
        """That the design does not say whether a session of the past was held, or a
        step done."""
        return self.w("done-unknown" if isinstance(node, Step) else "held-unknown")

    # -- the issue ----------------------------------------------------------------------

    def issue(self) -> Iterator[Part]:
        t, issue = self.trajectory, self.trajectory.issue
        yield Facts(
            (
                (self.t("Issue", "Vraagstuk"), issue.title),
                (self.w("question"), issue.question),
                (self.w("nature"), name(issue.nature, self.lang)),
                (self.w("kind"), name(issue.kind, self.lang)),
                *(((self.w("issue-owner"), self.owner_name(issue.owner)),) if issue.owner else ()),
            )
        )
        categories = list(
            dict.fromkeys(
                name(p.category, self.lang)
                for p in t.parties
                if p.category is not PartyCategory.FACILITATION
            )
        )
        dates = [n.when for n in t.nodes() if n.when is not None]
        span = ""
        if dates:
            early = min(dates, key=lambda d: (d.earliest, d.latest))
            late = max(dates, key=lambda d: (d.latest, d.earliest))
            first, last = self.edge(early, latest=False), self.edge(late, latest=True)
            if first == last:
                span = self.t(f", on {first}", f", op {first}")
            else:
                span = self.t(f", from {first} to {last}", f", van {first} tot {last}")
        sessions = count_text(len(t.sessions), "session", self.lang)
        steps = count_text(len(t.steps), "other-step", self.lang)
        groups = count_text(len(categories), "group", self.lang)
        # Only Pleinen promise the Plein's shape; a trajectory of other meetings does not.
        pleinen = any(s.kind is SessionKind.PLEIN for s in t.sessions)
        plein_en = (
            " In each Plein the parties take the next step in the process together, with "
            "work formats chosen for safety and trust, and close with clear agreements."
            if pleinen
            else ""
        )
        plein_nl = (
            " In elk Plein zetten de partijen samen de volgende stap in het proces, met "
            "werkvormen die gericht zijn op veiligheid en vertrouwen, en sluiten zij af met "
            "duidelijke afspraken."
            if pleinen
            else ""
        )
        yield Paragraph(
            self.t(
                f"The issue concerns {groups}: {', '.join(categories)}. "
                f"That is why they were involved in a trajectory of {sessions} and "
                f"{steps}{span}.{plein_en}",
                f"Het vraagstuk raakt {groups}: {', '.join(categories)}. "
                f"Daarom zijn zij betrokken bij een traject van {sessions} en "
                f"{steps}{span}.{plein_nl}",
            )
        )
        if issue.nature is IssueNature.SPATIAL:
            yield Paragraph(
                self.t(
                    "For a spatial issue the Omgevingswet asks for participation, and for a "
                    "report of how those concerned were involved and what was done with the "
                    "results. This report gives that account.",
                    "Bij een ruimtelijk vraagstuk vraagt de Omgevingswet om participatie, en om "
                    "te laten zien hoe belanghebbenden zijn betrokken en wat er met de "
                    "resultaten is gedaan. Dit verslag legt daarover verantwoording af.",
                )
            )

    # -- who was involved ---------------------------------------------------------------

    def parties(self) -> Iterator[Part]:
        t = self.trajectory
        sessions = self.sessions_by_date()
        # party id -> session id -> (expected, attended), summed over repeated invitations
        seen: dict[str, dict[str, tuple[Count | None, Count | None]]] = {}
        held = {s.id for s in sessions if s.is_record}
        # Still expected: at the sessions to come, not at those of the past not recorded.
        planned = {s.id for s in sessions if not s.is_record and s.id not in self.unknown}
        for session in sessions:
            for invited in session.parties:
                cells = seen.setdefault(invited.party, {})
                e, a = cells.get(session.id, (None, None))
                cells[session.id] = (_add(e, invited.expected), _add(a, invited.attended))
        headers = ["party", "category", "level", "roles"]
        if held:  # nothing held yet: no columns of dashes
            headers += ["expected", "attended"]
        if planned:
            headers.append("still-expected")
        if self.personal:
            headers.append("contacts")
        rows = []
        for party in t.parties:
            roles = dict.fromkeys(
                self.role_text(a) for _, a in t.role_assignments() if a.party == party.id
            )
            cells = seen.get(party.id, {})
            counts = [pair for sid, pair in cells.items() if sid in held]
            row: list[Cell] = [
                party.name,
                name(party.category, self.lang),
                name(party.level, self.lang) if party.level is not None else DASH,
                tuple(roles),
            ]
            if held:
                row.append(number_text(_total(e for e, _ in counts)))
                row.append(number_text(_total(a for _, a in counts)))
            if planned:
                row.append(
                    number_text(_total(e for sid, (e, _) in cells.items() if sid in planned))
                )
            if self.personal:
                row.append(tuple(_contact_line(c) for c in party.contacts))
            rows.append(tuple(row))
        said_en = ["its category", "the rung of the participation ladder it stood on",
                   "the roles it held"]  # fmt: skip
        said_nl = ["de doelgroep", "de trede van de participatieladder waarop zij meedeed",
                   "de rollen die zij had"]  # fmt: skip
        if held:
            said_en.append("how many of its people were expected and attended at the sessions held")
            said_nl.append(
                "hoeveel van haar mensen bij de gehouden bijeenkomsten werden verwacht en "
                "aanwezig waren"
            )
        if planned:
            said_en.append("how many are still expected at the sessions planned")
            said_nl.append("hoeveel er nog worden verwacht bij de geplande bijeenkomsten")
        yield Paragraph(
            self.t(
                f"Per party: {', '.join(said_en[:-1])} and {said_en[-1]}.",
                f"Per partij: {', '.join(said_nl[:-1])} en {said_nl[-1]}.",
            )
        )
        numeric = tuple(range(4, 4 + 2 * bool(held) + bool(planned)))
        yield Table(tuple(self.w(h) for h in headers), tuple(rows), numeric=numeric,
                    caption=self.w("parties-table"), row_headers=True)  # fmt: skip
        if not sessions:
            return
        matrix = []
        for party in t.parties:
            cells = seen.get(party.id, {})
            matrix.append(
                (
                    party.name,
                    *(
                        self.listed(party.id, s, *cells[s.id])
                        if s.id in cells
                        else self.absent(party.id, s)
                        for s in sessions
                    ),
                )
            )
        columns = tuple(
            shorten(s.title, 32) + (f" ({_short_date(s.date, self.lang)})" if s.date else "")
            for s in sessions
        )
        yield Table((self.w("party"), *columns), tuple(matrix),
                    caption=self.w("when-how"), row_headers=True)  # fmt: skip
        shown = {cell for row in matrix for cell in row[1:]}
        yield Paragraph(self.legend(shown), note=True)
        yield Paragraph(self.totals(sessions))

    def legend(self, shown: set[str]) -> str:
        """What each value in the attendance table means, for the values it shows."""
        meanings = {
            "present-short": ("the design says the party was there, without a number",
                              "het ontwerp zegt dat de partij er was, zonder aantal"),
            "not-present-short": ("the design says the party was not there",
                                  "het ontwerp zegt dat de partij er niet was"),
            "not-invited-short": ("the party was not invited",
                                  "de partij was niet uitgenodigd"),
            "not-stated-short": ("the design does not mention the party for that session",
                                 "het ontwerp noemt de partij niet bij die bijeenkomst"),
            "not-recorded-short": ("the record of that session does not say who came",
                                   "het verslag van die bijeenkomst legt niet vast wie er kwam"),
        }  # fmt: skip
        said = []
        words = {self.w(key) for key in meanings}
        if shown - words:  # the other cells are pairs of counts
            said.append(
                self.t(
                    f"expected / attended, {DASH} where the design does not say",
                    f"verwacht / aanwezig, {DASH} waar het ontwerp het niet zegt",
                )
            )
        for key, (en, nl) in meanings.items():
            value = self.w(key)
            if value in shown:
                said.append(self.t(f"\u201c{value}\u201d: {en}", f"\u201e{value}\u201d: {nl}"))
        return self.t("Each cell: ", "Per cel: ") + "; ".join(said) + "."

    def totals(self, sessions: list[Session]) -> str:
        """Attendance against expectation over the held sessions that were counted, and
        what the planned sessions expect, apart: like is compared with like."""
        held = [s for s in sessions if s.is_record]
        counted = [s for s in held if s.attended_count is not None]
        unknown = [s for s in sessions if s.id in self.unknown]
        planned = [s for s in sessions if not s.is_record and s.id not in self.unknown]
        said: list[str] = []
        nl = self.lang == "nl"

        def these(group: list[Session], en: str, nl_one: str, nl_many: str) -> str:
            """ "the 2 sessions held", "de bijeenkomst die is gehouden", ..."""
            if not nl:
                return f"the session {en}" if len(group) == 1 else f"the {len(group)} sessions {en}"
            if len(group) == 1:
                return f"de bijeenkomst die {nl_one}"
            return f"de {len(group)} bijeenkomsten die {nl_many}"

        def people(group: list[Session]) -> str:
            # Over several sessions a person who came twice counts twice.
            if len(group) == 1:
                return self.t("participants", "deelnemers")
            return self.t("participations", "deelnames")

        if not held and unknown:  # of the sessions of the past the record does not say
            said.append(
                self.t("No session is recorded as held.",
                       "Er is geen bijeenkomst als gehouden vastgelegd.")
            )  # fmt: skip
        elif not held:
            said.append(
                self.t("No session has been held yet.", "Er is nog geen bijeenkomst gehouden.")
            )
        elif counted:
            which = these(counted, "held and counted", "is gehouden en geteld",
                          "zijn gehouden en geteld")  # fmt: skip
            expected = _total(s.expected_count for s in counted)
            attended = number_text(_total(s.attended_count for s in counted))
            if expected is None:
                said.append(self.t(
                    f"At {which}, {attended} {people(counted)} were counted; how many were "
                    "expected was not recorded.",
                    f"Bij {which}, zijn {attended} {people(counted)} geteld; hoeveel er werden "
                    "verwacht, is niet vastgelegd.",
                ))  # fmt: skip
            else:
                said.append(self.t(
                    f"At {which}, {expected} {people(counted)} were expected and {attended} "
                    "were counted.",
                    f"Bij {which}, werden {expected} {people(counted)} verwacht en zijn er "
                    f"{attended} geteld.",
                ))  # fmt: skip
        if len(counted) < len(held):
            uncounted = [s for s in held if s.attended_count is None]
            which = these(uncounted, "held", "is gehouden", "zijn gehouden")
            said.append(self.t(f"At {which}, attendance was not counted.",
                               f"Bij {which}, is de opkomst niet geteld."))  # fmt: skip
        if unknown:
            said.append(self.unknown_totals(unknown))
        if planned:
            which = these(planned, "still planned", "nog gepland is", "nog gepland zijn")
            expected = _total(s.expected_count for s in planned)
            said.append(
                self.t(f"For {which}, {number_text(expected)} {people(planned)} are expected.",
                       f"Voor {which}, worden {number_text(expected)} {people(planned)} "
                       "verwacht.")
                if expected is not None
                else self.t(f"For {which}, no number is expected yet.",
                            f"Voor {which}, is nog geen aantal verwacht.")
            )  # fmt: skip
        return " ".join(said)

    def unknown_totals(self, unknown: list[Session]) -> str:
        """That the design does not say whether the sessions of the past were held."""
        day = date_text(self.as_of, self.lang)
        if len(unknown) == 1:
            return self.t(
                f"Whether the session planned before {day} was held is not recorded.",
                f"Van de bijeenkomst die v\u00f3\u00f3r {day} gepland was, is niet vastgelegd "
                "of ze is gehouden.",
            )
        n = len(unknown)
        return self.t(
            f"Whether the {n} sessions planned before {day} were held is not recorded.",
            f"Van de {n} bijeenkomsten die v\u00f3\u00f3r {day} gepland waren, is niet "
            "vastgelegd of ze zijn gehouden.",
        )

    def sessions_by_date(self) -> list[Session]:
        order = {s.id: i for i, s in enumerate(self.trajectory.sessions)}
        return sorted(
            self.trajectory.sessions,
            key=lambda s: (s.date is None, s.date or pendulum.Date.min, order[s.id]),
        )

    # -- the sessions -------------------------------------------------------------------

    def sessions(self) -> Iterator[Part]:
        t = self.trajectory
        sessions = count_text(len(t.sessions), "session", self.lang)
        steps = count_text(len(t.steps), "other-step", self.lang)
        yield Paragraph(
            self.t(
                f"The trajectory has {sessions} and {steps}. The timeline shows when each "
                "took place or is planned; the diagram after it shows what follows what.",
                f"Het traject telt {sessions} en {steps}. De tijdlijn laat zien wanneer elke "
                "bijeenkomst en stap plaatsvond of gepland is; het schema daarna laat zien "
                "wat op wat volgt.",
            )
        )
        yield Figure(
            timeline_svg(t, as_of=self.as_of, lang=self.lang),
            self.w("timeline"),
            narrow_svg=timeline_svg(t, as_of=self.as_of, lang=self.lang, narrow=True),
        )
        # Markdown gets the graph as Mermaid, in the same direction as the picture.
        direction: Literal["LR", "TB"] = "LR" if graph_runs_across(t) else "TB"
        mermaid = to_mermaid(t, direction=direction, when=self.when_short)
        narrow = "" if direction == "TB" else graph_svg(t, lang=self.lang, narrow=True)
        yield Figure(graph_svg(t, lang=self.lang), self.w("graph"), mermaid=mermaid,
                     narrow_svg=narrow)  # fmt: skip
        for session in self.sessions_by_date():
            yield from self.session(session)

    def session(self, session: Session) -> Iterator[Part]:
        yield Heading(session.title)
        facts: list[tuple[str, Cell]] = [(self.w("date"), self.when(session))]
        line = timeline(session, self.trajectory, windows=self.windows, formats=self.catalogue)
        zone = self.zone_note(session)
        window = ""
        if line.window is not None:
            first, last = line.window.span.split("-")
            window = span_text(first, last) + zone
        # "Dagdeel" only for a dagdeel the design gives; with the times of the configured
        # window, not its default one (which is no time the design states).
        if session.dagdeel is not None:
            configured = (
                bool(window) and session.window is None and session.dagdeel.value in self.windows
            )
            words = name(session.dagdeel, self.lang)
            facts.append((self.w("dagdeel"), f"{words} {window}" if configured else words))
        time = ""
        if line.is_timed and line.start is not None and line.end is not None:
            time = span_text(line.clock(line.start), line.clock(line.end)) + zone
        # A session's own window, once: not again where the programme fills it exactly.
        if session.window is not None and window and window != time:
            facts.append((self.w("time-window"), window))
        if time:
            facts.append((self.w("time"), time))
        if session.venue:
            facts.append((self.w("venue"), session.venue))
        expected = session.expected_count
        attended = session.attended_count
        counts = []
        if expected is not None:
            counts.append(self.t(f"{expected} expected", f"{expected} verwacht"))
        if attended is not None:
            counts.append(self.t(f"{attended} attended", f"{attended} aanwezig"))
        facts.append((self.w("headcount"), ", ".join(counts) or self.w("not-recorded-short")))
        if session.roles:
            held = Counter(
                f"{self.role_text(a)}, {self.party_name(a.party)}"
                if a.party is not None
                else self.role_text(a)
                for a in session.roles
            )
            lines = tuple(text if n == 1 else f"{text} ({n})" for text, n in held.items())
            facts.append((self.w("roles"), lines))
        if session.safety:
            facts.append(
                (self.w("safety"), tuple(
                    name(m.kind, self.lang) + (f": {m.description}" if m.description else "")
                    for m in session.safety
                ))
            )  # fmt: skip
        yield Facts(tuple(facts))
        if not session.programme:
            yield Paragraph(self.w("no-programme"), note=True)
            return
        own = self.trajectory.formats
        # On paper the programme's table stays with its picture.
        yield Keep(
            (
                programme_table(session, self.catalogue, self.lang, line=line, own=own),
                Figure(
                    programme_svg(
                        session, formats=self.catalogue, lang=self.lang, line=line, own=own
                    ),
                    f"{self.w('timebox')}: {session.title}",
                    narrow_svg=programme_svg(
                        session,
                        formats=self.catalogue,
                        lang=self.lang,
                        line=line,
                        narrow=True,
                        own=own,
                    ),
                ),
            )
        )

    # -- what was brought in and agreed -------------------------------------------------

    def input(self) -> Iterator[Part]:
        any_agreement = False
        for session in self.sessions_by_date():
            brought = [
                f"{', '.join(self.owner_name(p) for p in block.speakers)}: {block.title}"
                for block in session.programme
                if block.speakers
            ]
            if not brought and not session.agreements:
                continue
            yield Heading(session.title)
            if brought:
                yield Facts(((self.w("brought-in"), tuple(brought)),))
            if session.agreements:
                any_agreement = True
                rows = tuple(
                    (
                        agreement.text,
                        tuple(self.party_name(p) for p in agreement.parties),
                        self.character(agreement),
                    )
                    for agreement in session.agreements
                )
                headers = (self.w("agreement"), self.w("agreed-by"), self.w("character"))
                caption = f"{self.w('agreements-table')}: {session.title}"
                yield Table(headers, rows, caption=caption)
        if not any_agreement:
            yield Paragraph(self.w("no-agreements"), note=True)

    def character(self, agreement: Agreement) -> tuple[str, ...]:
        flags = [
            (agreement.binding, "binding"),
            (agreement.needs_mandate, "needs-mandate"),
            (agreement.final, "final"),
        ]
        return tuple(self.w(key) for on, key in flags if on)

    # -- what was done with it ----------------------------------------------------------

    def outcomes(self) -> Iterator[Part]:
        items = list(self.trajectory.agreements())
        if not items:
            yield Paragraph(self.w("no-agreements"), note=True)
            return
        tally = dict.fromkeys(OutcomeStatus, 0)
        undecided = 0
        rows = []
        for _, session, agreement in items:
            outcome = agreement.outcome
            if outcome is None:
                undecided += 1
                rows.append((agreement.text, session.title, Badge(self.w("no-decision")),
                             "", "", ""))  # fmt: skip
                continue
            tally[outcome.status] += 1
            motivation = outcome.motivation or ""
            if not motivation and outcome.status is not OutcomeStatus.ADOPTED:
                motivation = self.w("no-motivation")
            rows.append(
                (
                    agreement.text,
                    session.title,
                    Badge(name(outcome.status, self.lang), _OUTCOME_TONE[outcome.status]),
                    motivation,
                    date_text(outcome.date, self.lang) if outcome.date else "",
                    self.owner_name(outcome.by),
                )
            )
        # "Van de 4 afspraken zijn er 2 overgenomen, 1 aangepast overgenomen en 0 niet
        # overgenomen; over 1 is nog geen besluit genomen."
        parts = [f"{n} {name(status, self.lang)}" for status, n in tally.items()]
        listed = f"{', '.join(parts[:-1])} {self.t('and', 'en')} {parts[-1]}"
        of = count_text(len(items), "agreement", self.lang)
        zijn = "is" if len(items) == 1 else "zijn"
        awaits = "awaits" if undecided == 1 else "await"
        yield Paragraph(
            self.t(
                f"Of the {of}: {listed}; {undecided} still {awaits} a decision.",
                f"Van de {of} {zijn} er {listed}; over {undecided} is nog geen besluit genomen.",
            )
        )
        headers = ("agreement", "session", "decision", "motivation", "date", "decided-by")
        yield Table(tuple(self.w(h) if h != "session" else self.w("from") for h in headers),
                    tuple(rows), caption=self.w("outcomes-table"))  # fmt: skip

    # -- follow-up ----------------------------------------------------------------------

    def follow_ups(self) -> Iterator[Part]:
        headers = (
            self.w("kind"),
            self.w("what"),
            self.w("owner"),
            self.w("due"),
            self.w("report-back"),
            f"{self.w('status-as-of')} {date_text(self.as_of, self.lang)}",
        )
        tables: list[Part] = []
        for session in self.sessions_by_date():
            items: list[FollowUp] = [
                a for agreement in session.agreements for a in agreement.actions
            ]
            items += session.promises
            rows = tuple(
                (
                    self.w("action" if isinstance(item, Action) else "promise"),
                    item.text,
                    self.owners_text(item),
                    self.due_text(item.due, session),
                    (
                        *self.due_text(item.report_back, session),
                        *((item.report_back_via,) if item.report_back_via else ()),
                    ),
                    self.status(item, session),
                )
                for item in items
            )
            if rows:
                caption = f"{self.w('follow-up-table')}: {session.title}"
                tables += [Heading(session.title), Table(headers, rows, caption=caption)]
        if not tables:
            yield Paragraph(self.w("no-follow-ups"), note=True)
            return
        yield Paragraph(
            self.t(
                "Per session: the actions that follow from agreements between the parties, "
                "and the promises the organiser made. Relative due dates are resolved "
                "against the trajectory.",
                "Per bijeenkomst: de acties die volgen uit afspraken tussen de partijen, en "
                "de toezeggingen van de organisator. Relatieve termijnen zijn omgerekend naar "
                "data in het traject.",
            )
        )
        yield from tables

    def owners_text(self, item: FollowUp) -> str:
        """Who owns a follow-up: its owners, the lead first and marked, or "no owner"."""
        names = [self.owner_name(owner) for owner in item.responsible]
        if item.lead is not None and len(names) > 1:
            names[0] += f" ({self.w('lead')})"
        return ", ".join(names) or self.w("no-owner")

    def listed(
        self, party: str, session: Session, expected: Count | None, attended: Count | None
    ) -> str:
        """What the report says of a party a session lists: its counts where known,
        else whether it was invited and present as the design states it."""
        entries = [p for p in session.parties if p.party == party]
        if entries and all(p.invited is False for p in entries):
            return self.w("not-invited-short")
        if expected is not None or attended is not None:
            return _pair(expected, attended)
        if any(p.present for p in entries):
            return self.w("present-short")
        if entries and all(p.present is False for p in entries):
            return self.w("not-present-short")
        return _pair(expected, attended)

    def absent(self, party: str, session: Session) -> str:
        """What the report says of a party a session does not list: not stated (a party
        left out is not a "no"; ``invited: false`` says no), or, on a record that
        leaves out who came, not recorded."""
        if session.is_record and not session.records("attendance"):
            return self.w("not-recorded-short")
        return self.w("not-stated-short")

    def due_text(self, due: Due | None, session: Session) -> tuple[str, ...]:
        if due is None:
            return ()
        resolved = self.trajectory.due_date(due, session)
        lines = [date_text(resolved, self.lang) if resolved else self.w("unknown")]
        if due.before is not None:
            lines.append(f"{self.w('before')} {self.node_title(due.before)}")
        elif due.at is not None:
            lines.append(f"{self.w('at')} {self.node_title(due.at)}")
        elif due.after is not None and due.within is not None:
            lines.append(
                word("within", self.lang).format(
                    length=duration_text(due.within, self.lang),
                    session=self.node_title(due.after),
                )
            )
        elif due.after is not None:
            lines.append(f"{self.w('after')} {self.node_title(due.after)}")
        elif due.within is not None:
            lines.append(
                word("within", self.lang).format(
                    length=duration_text(due.within, self.lang), session=session.title
                )
            )
        if due.every is not None:
            lines.append(
                word("every", self.lang).format(length=duration_text(due.every, self.lang))
            )
        return tuple(lines)

    def status(self, item: FollowUp, session: Session) -> Badge:
        """Where a follow-up stood on the report date (the ledger's state of it)."""
        due = self.trajectory.due_date(item.due, session) if item.due is not None else None
        state = promise_state(item, due, self.as_of)
        changed = f" ({date_text(item.status_date, self.lang)})" if item.status_date else ""
        if state is PromiseState.KEPT:
            return Badge(name(ActionStatus.DONE, self.lang) + changed, "ok")
        if state is PromiseState.KEPT_LATE:
            return Badge(name(state, self.lang) + changed, "warn")
        dropped = item.status is ActionStatus.DROPPED and (
            item.status_date is None or item.status_date.earliest <= self.as_of
        )
        if state is PromiseState.BROKEN and dropped:
            return Badge(name(ActionStatus.DROPPED, self.lang) + changed, "muted")
        if state is PromiseState.BROKEN and due is not None:  # open past its due day
            return Badge(f"{self.w('overdue')} ({date_text(due, self.lang)})", "bad")
        if state is PromiseState.PARTLY_KEPT:
            return Badge(name(state, self.lang) + changed, "warn")
        if state is PromiseState.NOT_RECORDED:
            return Badge(name(state, self.lang), "muted")
        return Badge(name(ActionStatus.OPEN, self.lang), "warn")

    # -- next steps ---------------------------------------------------------------------

    def next_steps(self) -> Iterator[Part]:
        """What is still to come after the report date; then, apart, what was planned
        before it but of which the design does not say how it went."""
        t = self.trajectory
        order = {node.id: i for i, node in enumerate(t.nodes())}
        # A session recorded as held or a step recorded as done is past, dated or not.
        pending = [
            node
            for node in t.nodes()
            if (node.actual_date is None and not happened(node))
            or (node.actual_date is not None and node.actual_date.earliest > self.as_of)
        ]
        pending.sort(
            key=lambda n: (n.when is None, n.when.earliest if n.when else self.as_of, order[n.id])
        )
        ahead = [node for node in pending if node.id not in self.unknown]
        unknown = [node for node in pending if node.id in self.unknown]
        headers = tuple(self.w(h) for h in ("date", "kind", "what", "owner", "follows"))
        if not ahead:
            yield Paragraph(self.w("no-next-steps"), note=True)
        else:
            yield Paragraph(
                self.t(
                    f"What the trajectory still holds after {date_text(self.as_of, 'en')}.",
                    f"Wat er na {date_text(self.as_of, 'nl')} nog op de planning staat.",
                )
            )
            yield Table(headers, tuple(self.step_row(node) for node in ahead),
                        caption=self.w("next-steps-table"))  # fmt: skip
        if unknown:
            yield Heading(self.w("outcome-unknown"))
            yield Paragraph(
                self.t(
                    f"Planned before {date_text(self.as_of, 'en')}, or coming before "
                    "something that was: the design does not record whether they took place.",
                    f"Gepland v\u00f3\u00f3r {date_text(self.as_of, 'nl')}, of voorafgaand aan "
                    "iets dat toen gepland was: het ontwerp legt niet vast of ze hebben "
                    "plaatsgevonden.",
                )
            )
            yield Table(headers, tuple(self.step_row(node) for node in unknown),
                        caption=self.w("outcome-unknown-table"))  # fmt: skip

    def step_row(self, node: Session | Step) -> tuple[Cell, ...]:
        """A row of the next steps: when, what kind, what, who owns it, what it follows."""
        kind = self.w("session") if isinstance(node, Session) else name(node.kind, self.lang)
        owner = self.owner_name(node.owner) if isinstance(node, Step) else ""
        text = self.when(node)
        when: Cell = text
        if node.date is not None and node.date < self.as_of and node.id not in self.unknown:
            when = Badge(text, "warn")  # past its date; its status says how it stands
        return (when, kind, node.title, owner, tuple(self.node_title(a) for a in node.after))


def programme_table(
    session: Session,
    catalogue: Catalogue,
    lang: Lang,
    *,
    line: Timeline | None = None,
    own: Sequence[OwnFormat] = (),
) -> Table:
    """A session's programme as a table: number, clock time, block, work format, phase
    (its place on the session's arc, in words), minutes.

    The numbers match the blocks of the programme bar (:func:`programme_svg`). The
    clock times are the session's timeline (``line``, else :func:`plein.timeline` of
    the session alone); a block of zero minutes shows one time, not a slot, and the
    end marker of a programme shows when it ends. A session in another zone than its
    trajectory's has its zone after each time (``line`` knows the trajectory). ``own``
    is the design's own work formats: a block in one that is not in ``catalogue`` still
    shows by its name and phase, never by its id.
    """
    line = line if line is not None else timeline(session, formats=catalogue)
    zone = f" ({line.zone})" if line.is_abroad else ""
    rows = []
    for slot in (*line.slots, *((line.end_marker,) if line.end_marker else ())):
        block = slot.block
        time = line.span(slot)
        if slot.start is not None and slot.end is not None and not slot.is_moment:
            time = span_text(line.clock(slot.start), line.clock(slot.end))
        if time:
            time += zone
        fmt = block_format(catalogue, own, block.format)
        fmt_text = format_name(fmt, lang) if fmt is not None else (block.format or "")
        # The phase in words, so that the picture's colours are not its only sign.
        arc = fmt.arc if fmt is not None and slot is not line.end_marker else None
        phase = name(arc, lang) if arc is not None else ""
        length = slot.length
        if slot is line.end_marker:
            minutes = word("end", lang)
        else:
            minutes = str(length) if length is not None else word("unknown", lang)
        rows.append((str(slot.index + 1), time, block.title, fmt_text, phase, minutes))
    headers = ("#", word("time", lang), word("block", lang), word("format", lang),
               word("phase", lang), word("minutes", lang))  # fmt: skip
    caption = f"{word('programme-table', lang)}: {session.title}"
    return Table(headers, tuple(rows), numeric=(0, 5), caption=caption)


_OUTCOME_TONE = {
    OutcomeStatus.ADOPTED: "ok",
    OutcomeStatus.ADAPTED: "warn",
    OutcomeStatus.NOT_ADOPTED: "bad",
}


def _add(total: Count | None, value: Count | None) -> Count | None:
    if value is None:
        return total
    return value if total is None else total + value


def _total(values: Iterable[Count | None]) -> Count | None:
    """The sum of the known values, or None when none is known."""
    total: Count | None = None
    for value in values:
        total = _add(total, value)
    return total


def _pair(expected: Count | None, attended: Count | None) -> str:
    return f"{number_text(expected)} / {number_text(attended)}"


def _short_date(day: pendulum.Date, lang: Lang) -> str:
    return day.format("D MMM YYYY", locale=lang)


def _contact_line(contact: ContactPerson) -> str:
    """A contact person's personal fields (those marked ``personal``), comma-separated."""
    values = [
        getattr(contact, field.name)
        for field in attrs.fields(ContactPerson)
        if field.metadata.get("personal")
    ]
    return ", ".join(str(v) for v in values if v)
