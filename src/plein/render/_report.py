"""The participation report (participatieverslag) of a trajectory.

Under the Omgevingswet a municipality (or an applicant) shows how the people concerned
were involved and what was done with what they brought in. :func:`report` writes that
from a design: the issue and why participation, who was involved and how, the sessions
and their programmes, what was brought in and agreed, what was done with each agreement,
the follow-up actions and promises as of the report date, the promise ledger (from
:mod:`plein.trust`), the next steps, and the design's open findings.

The content is built once as a :class:`~plein.render._document.Document`; HTML and
Markdown are two ways of writing it, so both have the same sections.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Literal

import attrs
import pendulum

from plein.checks import Config, Finding, Lang, Report, Severity, check
from plein.errors import UsageError
from plein.model import (
    Action,
    ActionStatus,
    Agreement,
    ContactPerson,
    Count,
    Due,
    FollowUp,
    IssueNature,
    OutcomeStatus,
    PartyCategory,
    RoleAssignment,
    Session,
    SessionKind,
    Step,
    Timeline,
    Trajectory,
    timeline,
)
from plein.model._as_of import judgement_day
from plein.render._document import (
    Badge,
    Cell,
    Document,
    Facts,
    Figure,
    Heading,
    Paragraph,
    Part,
    Section,
    Table,
    to_html,
    to_markdown,
)
from plein.render._escape import shorten
from plein.render._svg import (
    find_format,
    format_name,
    graph_svg,
    programme_svg,
    timeline_svg,
)
from plein.render._trust import report_ledger
from plein.render._words import (
    DASH,
    count_text,
    date_text,
    duration_text,
    name,
    number_text,
    span_text,
    word,
)
from plein.trust import PromiseState, promise_state
from plein.workformats import Catalogue

__all__ = ["SECTIONS", "Format", "findings_part", "programme_table", "report"]

Format = Literal["html", "md"]

#: The keys of the report's sections, in order (the HTML ids of the sections).
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
    lang: Lang = "nl",
    as_of: dt.date | None = None,
    include_personal_data: bool = False,
    findings: Report | None = None,
    config: Config | None = None,
) -> str:
    """The participation report of ``trajectory``, as HTML or Markdown.

    ``format`` is ``"html"`` (one self-contained page: inline CSS and SVG, no script,
    nothing fetched, printable) or ``"md"`` (the same sections as Markdown tables and
    lists, without pictures). ``lang`` is ``"nl"`` (the default: the language of the
    people who read it) or ``"en"``. ``as_of`` is the date the report speaks from
    (what is done, overdue, next); it defaults to today in the trajectory's time zone.
    Contact persons' names, e-mail addresses and phone numbers are left out unless
    ``include_personal_data`` is true. ``findings`` are the design's open findings;
    by default the checks are run (``plein.check(trajectory, config, as_of=..., lang=...)``).
    ``config`` is the check configuration; its dagdeel ``windows`` also place the
    sessions in the report, so the report shows the times the checks judged.

    >>> import plein
    >>> design = plein.examples.load("shopping-centre")
    >>> html = report(design, as_of=pendulum.Date(2026, 11, 28))
    >>> html.startswith("<!DOCTYPE html>"), "<script" in html, "A. de Vries" in html
    (True, False, False)
    """
    if format not in ("html", "md"):
        raise UsageError(f"a report's format is 'html' or 'md', not {format!r}")
    if lang not in ("nl", "en"):
        raise UsageError(f"a report's language is 'nl' or 'en', not {lang!r}")
    today = judgement_day(as_of, trajectory.timezone)
    if findings is None:
        findings = check(trajectory, config, as_of=today, lang=lang)
    windows = config.windows() if config is not None else {}
    document = _Writer(
        trajectory, lang, today, include_personal_data, trajectory.catalogue(), windows
    )
    doc = document.build(findings)
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


_SEVERITY_TONE = {Severity.ERROR: "bad", Severity.WARNING: "warn", Severity.INFO: "muted"}


def _finding_row(finding: Finding, lang: Lang) -> tuple[Cell, ...]:
    return (
        Badge(name(finding.severity, lang), _SEVERITY_TONE[finding.severity]),
        (finding.code, finding.slug),
        finding.message,
        finding.hint,
        finding.path,
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

    def w(self, key: str) -> str:
        return word(key, self.lang)

    def t(self, en: str, nl: str) -> str:
        return nl if self.lang == "nl" else en

    # -- the whole ----------------------------------------------------------------

    def build(self, findings: Report) -> Document:
        t = self.trajectory
        sections = (
            Section("issue", self.w("issue"), tuple(self.issue())),
            Section("parties", self.w("parties"), tuple(self.parties())),
            Section("sessions", self.w("sessions"), tuple(self.sessions())),
            Section("input", self.w("input"), tuple(self.input())),
            Section("outcomes", self.w("outcomes"), tuple(self.outcomes())),
            Section("follow-up", self.w("follow-up"), tuple(self.follow_ups())),
            Section("ledger", self.w("ledger"), tuple(report_ledger(t, self.as_of, self.lang))),
            Section("next-steps", self.w("next-steps"), tuple(self.next_steps())),
            Section("findings", self.w("findings"), tuple(findings_part(findings, self.lang))),
        )
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
        return f"{self.role_text(assignment)} ({self.party_name(assignment.party)})"

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

    def when(self, node: Session | Step) -> str:
        """When a session or step took place or is planned, planned against actual."""
        planned, actual = node.planned_date, node.actual_date
        if actual is not None:
            held = date_text(actual, self.lang, weekday=isinstance(node, Session))
            if planned is not None and planned != actual:
                return f"{held} ({self.w('planned')}: {date_text(planned, self.lang)})"
            return held
        if planned is not None:
            planned_text = date_text(planned, self.lang, weekday=isinstance(node, Session))
            return f"{self.w('planned')}: {planned_text}"
        return self.t("not yet planned", "nog niet gepland")

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
        dates = [n.date for n in t.nodes() if n.date is not None]
        span = ""
        if dates:
            first, last = date_text(min(dates), self.lang), date_text(max(dates), self.lang)
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
                f"Daarom zijn zij betrokken in een traject van {sessions} en "
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
        for session in sessions:
            for invited in session.parties:
                cells = seen.setdefault(invited.party, {})
                e, a = cells.get(session.id, (None, None))
                cells[session.id] = (_add(e, invited.expected), _add(a, invited.attended))
        headers = ["party", "category", "level", "roles", "expected", "attended"]
        if self.personal:
            headers.append("contacts")
        rows = []
        for party in t.parties:
            roles = dict.fromkeys(
                self.role_text(a) for _, a in t.role_assignments() if a.party == party.id
            )
            counts = seen.get(party.id, {}).values()
            row: list[Cell] = [
                party.name,
                name(party.category, self.lang),
                name(party.level, self.lang) if party.level is not None else DASH,
                tuple(roles),
                number_text(_total(e for e, _ in counts)),
                number_text(_total(a for _, a in counts)),
            ]
            if self.personal:
                row.append(tuple(_contact_line(c) for c in party.contacts))
            rows.append(tuple(row))
        yield Paragraph(
            self.t(
                "Per party: its category (doelgroep), the rung of the participation ladder "
                "it stood on, the roles it held, and how many of its people were expected "
                "and attended over all sessions.",
                "Per partij: de doelgroep, de trede van de participatieladder waarop zij "
                "meedeed, de rollen die zij had, en hoeveel van haar mensen over alle "
                "bijeenkomsten samen werden verwacht en aanwezig waren.",
            )
        )
        yield Table(tuple(self.w(h) for h in headers), tuple(rows), numeric=(4, 5))
        if not sessions:
            return
        yield Heading(self.w("when-how"))
        matrix = []
        for party in t.parties:
            cells = seen.get(party.id, {})
            matrix.append(
                (
                    party.name,
                    *(
                        _pair(*cells[s.id]) if s.id in cells else self.absent(party.id, s)
                        for s in sessions
                    ),
                )
            )
        columns = tuple(
            shorten(s.title, 32) + (f" ({_short_date(s.date, self.lang)})" if s.date else "")
            for s in sessions
        )
        yield Table((self.w("party"), *columns), tuple(matrix))
        # Per session its own total where it gives one (not only the parties counted).
        expected = _total(s.expected_count for s in sessions)
        attended = _total(s.attended_count for s in sessions if s.is_record)
        yield Paragraph(
            self.t(
                f"In total {number_text(expected)} participations were expected; "
                f"{number_text(attended)} were counted at the sessions held so far.",
                f"In totaal werden {number_text(expected)} deelnames verwacht; bij de "
                f"bijeenkomsten die tot nu toe zijn gehouden zijn er {number_text(attended)} "
                "geteld.",
            )
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
                "took place or is planned; the graph shows what follows what.",
                f"Het traject telt {sessions} en {steps}. De tijdlijn laat zien wanneer elk "
                "plaatsvond of gepland is; de graaf laat zien wat op wat volgt.",
            )
        )
        yield Figure(timeline_svg(t, as_of=self.as_of, lang=self.lang), self.w("timeline"))
        yield Figure(graph_svg(t, lang=self.lang), self.w("graph"))
        for session in self.sessions_by_date():
            yield from self.session(session)

    def session(self, session: Session) -> Iterator[Part]:
        yield Heading(session.title)
        facts: list[tuple[str, Cell]] = [(self.w("date"), self.when(session))]
        line = timeline(session, self.trajectory, windows=self.windows, formats=self.catalogue)
        zone = self.zone_note(session)
        if line.window is not None:
            dagdeel = (
                name(session.dagdeel, self.lang)
                if session.window is None and (session.dagdeel is not None)
                else ""
            )
            first, last = line.window.span.split("-")
            span = span_text(first, last) + zone
            facts.append((self.w("dagdeel"), " ".join(p for p in (dagdeel, span) if p)))
        elif session.dagdeel is not None:
            facts.append((self.w("dagdeel"), name(session.dagdeel, self.lang)))
        if line.is_timed and line.start is not None and line.end is not None:
            begins, ends = line.clock(line.start), line.clock(line.end)
            facts.append((self.w("time"), span_text(begins, ends) + zone))
        if session.venue:
            facts.append((self.w("venue"), session.venue))
        expected = session.expected_count
        attended = session.attended_count
        count = self.t(f"{number_text(expected)} expected", f"{number_text(expected)} verwacht")
        if attended is not None:
            count += self.t(f", {attended} attended", f", {attended} aanwezig")
        facts.append((self.w("headcount"), count))
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
        yield programme_table(session, self.catalogue, self.lang, line=line)
        yield Figure(
            programme_svg(session, formats=self.catalogue, lang=self.lang, line=line),
            f"{self.w('timebox')}: {session.title}",
        )

    # -- what was brought in and agreed -------------------------------------------------

    def input(self) -> Iterator[Part]:
        any_agreement = False
        for session in self.sessions_by_date():
            brought = [
                f"{', '.join(self.party_name(p) for p in block.speakers)}: {block.title}"
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
                yield Table(headers, rows)
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
        agreements = count_text(len(items), "agreement", self.lang)
        counted = "; ".join(
            f"{name(status, self.lang)}: {n}" for status, n in tally.items()
        )  # fmt: skip
        yield Paragraph(
            self.t(
                f"Of {agreements}: {counted}; no decision yet: {undecided}.",
                f"Van {agreements}: {counted}; nog geen besluit: {undecided}.",
            )
        )
        headers = ("agreement", "session", "decision", "motivation", "date", "decided-by")
        yield Table(tuple(self.w(h) if h != "session" else self.w("from") for h in headers),
                    tuple(rows))  # fmt: skip

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
                tables += [Heading(session.title), Table(headers, rows)]
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

    def absent(self, party: str, session: Session) -> str:
        """What the report says of a party a session does not list: not invited on a
        plan, or a record that gives who came; not known where the record does not."""
        listed = [p for p in session.parties if p.party == party]
        if listed and listed[0].invited is False:
            return self.w("not-invited-short")
        if session.is_record and not session.records("attendance"):
            return self.w("not-recorded-short")
        return self.w("not-invited-short")

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
        t = self.trajectory
        order = {node.id: i for i, node in enumerate(t.nodes())}
        pending = [
            node
            for node in t.nodes()
            if node.actual_date is None or node.actual_date.earliest > self.as_of
        ]
        pending.sort(
            key=lambda n: (n.when is None, n.when.earliest if n.when else self.as_of, order[n.id])
        )
        if not pending:
            yield Paragraph(self.w("no-next-steps"), note=True)
            return
        rows = []
        for node in pending:
            kind = self.w("session") if isinstance(node, Session) else name(node.kind, self.lang)
            owner = self.owner_name(node.owner) if isinstance(node, Step) else ""
            when: Cell = self.when(node)
            if node.date is not None and node.date < self.as_of:
                when = Badge(
                    self.t(f"planned {date_text(node.date, 'en')}, not yet held",
                           f"gepland {date_text(node.date, 'nl')}, nog niet gehouden"),
                    "warn",
                )  # fmt: skip
            rows.append(
                (when, kind, node.title, owner, tuple(self.node_title(a) for a in node.after))
            )
        headers = ("date", "kind", "what", "owner", "follows")
        yield Paragraph(
            self.t(
                f"What the trajectory still holds after {date_text(self.as_of, 'en')}.",
                f"Wat het traject na {date_text(self.as_of, 'nl')} nog bevat.",
            )
        )
        yield Table(tuple(self.w(h) for h in headers), tuple(rows))


def programme_table(
    session: Session, catalogue: Catalogue, lang: Lang, *, line: Timeline | None = None
) -> Table:
    """A session's programme as a table: number, clock time, block, work format, minutes.

    The numbers match the blocks of the programme bar (:func:`programme_svg`). The
    clock times are the session's timeline (``line``, else :func:`plein.timeline` of
    the session alone); a block of zero minutes shows one time, not a slot, and the
    end marker of a programme shows when it ends. A session in another zone than its
    trajectory's has its zone after each time (``line`` knows the trajectory).
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
        fmt = find_format(catalogue, block.format)
        fmt_text = format_name(fmt, lang) if fmt is not None else (block.format or "")
        length = slot.length
        if slot is line.end_marker:
            minutes = word("end", lang)
        else:
            minutes = str(length) if length is not None else word("unknown", lang)
        rows.append((str(slot.index + 1), time, block.title, fmt_text, minutes))
    headers = ("#", word("time", lang), word("block", lang), word("format", lang),
               word("minutes", lang))  # fmt: skip
    return Table(headers, tuple(rows), numeric=(0, 4))


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
