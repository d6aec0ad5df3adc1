"""How load and check time grow with the size of a design.

Generates trajectories of 10, 100, 1,000 and 10,000 sessions — each session a realistic
evening (walk-in, check-in, presentation, table work, break, harvest), with parties,
roles, agreements, actions and promises — writes each as JSON, and measures, in the same
run and on the same document:

* ``json.loads`` of the text (the baseline),
* ``plein.loads`` of the text (strict reading and structuring),
* ``plein.check`` of the loaded design (every built-in check).

It prints, per size, the times, the ratio of load + check to ``json.loads``, and the
growth factor of check time from one size to the next. The targets: each 10x in size
costs at most about 11x in check time, and load + check stays within 15x of
``json.loads``. Run it with ``python benchmarks/bench_check.py`` (``--quick`` skips the
largest size).
"""

from __future__ import annotations

import argparse
import functools
import json
import time
from collections.abc import Callable
from typing import Any

import pendulum

import plein

SIZES = (10, 100, 1_000, 10_000)
AS_OF = pendulum.Date(2026, 1, 1)

PARTIES = [
    ("bewoners", "resident", 18),
    ("ondernemers", "entrepreneur", 6),
    ("eigenaren", "property-owner", 3),
    ("corporatie", "housing-corporation", 3),
    ("gemeente", "civil-servant", 4),
    ("college", "administration", 1),
    ("begeleiding", "facilitation", 2),
]


def _session(i: int, start: pendulum.Date) -> plein.Session:
    sid = f"s{i}"
    day = start.add(weeks=2 * i)
    programme = [
        plein.Block(
            id=f"{sid}-in",
            title="Inloop",
            kind="walk-in",
            format="walk-in",
            start="19:00",
            minutes=30,
        ),
        plein.Block(
            id=f"{sid}-welkom",
            title="Welkom",
            format="welcome-and-check-in",
            start="19:30",
            minutes=15,
        ),
        plein.Block(
            id=f"{sid}-stand",
            title="Stand van zaken",
            format="presentation-with-questions",
            minutes=25,
            speakers=["gemeente"],
        ),
        plein.Block(
            id=f"{sid}-tafels", title="Tafelgesprekken", format="table-conversations", minutes=60
        ),
        plein.Block(id=f"{sid}-pauze", title="Pauze", kind="break", format="break", minutes=15),
        plein.Block(id=f"{sid}-124", title="1-2-4-allen", format="1-2-4-all", minutes=15),
        plein.Block(id=f"{sid}-oogst", title="Oogst", format="plenary-harvest", minutes=25),
    ]
    actions = [
        plein.Action(
            id=f"{sid}-a{k}",
            text="Uitwerken",
            owners=["gemeente"],
            due=plein.Due(within=pendulum.duration(weeks=1)),
            report_back=plein.Due(at=f"s{i + 1}") if i + 1 < 10**9 else None,
        )
        for k in range(2)
    ]
    return plein.Session(
        id=sid,
        title=f"Plein {i + 1}",
        dagdeel="evening",
        planned_date=day,
        after=[f"s{i - 1}"] if i else [],
        parties=[plein.SessionParty(p, expected=n) for p, _, n in PARTIES],
        roles=[plein.RoleAssignment("table-host", "gemeente") for _ in range(4)],
        programme=programme,
        agreements=[
            plein.Agreement(
                id=f"{sid}-ag", text="Afspraak", parties=["bewoners", "gemeente"], actions=actions
            )
        ],
        promises=[
            plein.Promise(
                id=f"{sid}-p",
                text="Verslag",
                owners=["gemeente"],
                due=plein.Due(within=pendulum.duration(weeks=2)),
                report_back=plein.Due(within=pendulum.duration(weeks=2)),
            )
        ],
    )


def trajectory(size: int) -> plein.Trajectory:
    """A trajectory of ``size`` sessions in a chain, ending in a council decision."""
    start = pendulum.Date(2026, 2, 1)
    sessions = [_session(i, start) for i in range(size)]
    # The last session's actions report back at the decision, not at a next session.
    last = sessions[-1]
    fixed_actions = [
        plein.Action(
            id=a.id, text=a.text, owners=[a.owner], due=a.due, report_back=plein.Due(at="besluit")
        )
        for a in last.agreements[0].actions
    ]
    agreement = plein.Agreement(
        id=last.agreements[0].id,
        text="Afspraak",
        parties=["bewoners", "gemeente"],
        actions=fixed_actions,
    )
    sessions[-1] = plein.Session(**{**_fields(last), "agreements": [agreement]})
    return plein.Trajectory(
        id=f"bench-{size}",
        title=f"Benchmark van {size} Pleinen",
        issue=plein.Issue(
            title="Winkelcentrum",
            question="Wat wordt het?",
            nature="spatial",
            kind="shopping-centre-redevelopment",
            owner="gemeente",
        ),
        parties=[plein.Party(id=p, name=p.title(), category=c, headcount=n) for p, c, n in PARTIES],
        roles=[
            plein.RoleAssignment("facilitator", "begeleiding"),
            plein.RoleAssignment("issue-owner", "gemeente"),
            plein.RoleAssignment("note-taker", "gemeente"),
            plein.RoleAssignment("decision-maker", "college"),
        ],
        sessions=sessions,
        steps=[
            plein.Step(
                id="besluit",
                title="Raadsbesluit",
                kind="council-decision",
                planned_date=start.add(weeks=2 * size + 2),
                owner="college",
                after=[f"s{size - 1}"],
            )
        ],
    )


def _fields(session: plein.Session) -> dict[str, Any]:
    import attrs

    return {f.name: getattr(session, f.name) for f in attrs.fields(plein.Session)}


def best_of(repeats: int, action: Callable[[], Any]) -> tuple[float, Any]:
    """The fastest of ``repeats`` runs (the least disturbed by the rest of the machine)."""
    best, result = float("inf"), None
    for _ in range(repeats):
        began = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - began)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="leave out 10,000 sessions")
    args = parser.parse_args()
    sizes = SIZES[:-1] if args.quick else SIZES
    print(
        f"{'sessions':>8} {'MB':>7} {'json.loads':>11} {'load':>9} {'check':>9} "
        f"{'(load+check)/json':>18} {'check growth':>13} {'findings':>8}"
    )
    previous: float | None = None
    for size in sizes:
        text = plein.dumps(trajectory(size), format="json")
        repeats = 5 if size <= 1_000 else 2
        t_json, _ = best_of(repeats, functools.partial(json.loads, text))
        t_load, design = best_of(repeats, functools.partial(plein.loads, text, format="json"))
        t_check, report = best_of(repeats, functools.partial(plein.check, design, as_of=AS_OF))
        ratio = (t_load + t_check) / t_json
        growth = f"{t_check / previous:12.1f}x" if previous else f"{'':>13}"
        print(
            f"{size:8d} {len(text) / 1e6:7.2f} {t_json * 1e3:9.1f}ms {t_load * 1e3:7.1f}ms "
            f"{t_check * 1e3:7.1f}ms {ratio:17.1f}x {growth} {len(report):8d}"
        )
        previous = t_check


if __name__ == "__main__":
    main()
