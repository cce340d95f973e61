"""The briefing memo: the briefing workbook's figures in prose, the partnerships that need
attention, and the decisions and positions of a period.

The figures come from services/briefing_figures (the same numbers the workbook shows); the
lists of the memo read the same selection through store/briefing_queries.
"""

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session

from desktop.domain.dates import format_day
from desktop.domain.enums import DecisionAction
from desktop.domain.status import REQUESTS
from desktop.domain.words import translate
from desktop.services.briefing_figures import BriefingFigures, figures_in_session
from desktop.services.documents.wording import partial
from desktop.services.needs_attention import attention_items
from desktop.services.progress import Progress
from desktop.services.unit_of_work import reading
from desktop.store import briefing_queries as q
from desktop.store.database import Database
from desktop.store.queries import RecordFilter

DORMANT_YEARS = 3


@dataclass(frozen=True)
class AttentionItem:
    partnership: str  # 'Norfolk - Kaliningrad'
    reason: str  # what the clerk or the council has to look at


@dataclass(frozen=True)
class PeriodEntry:
    when: str
    partnership: str
    who: str
    what: str
    effect: str  # 'Changed the status to Suspended' or 'Position'


@dataclass
class BriefingMemo:
    figures: BriefingFigures
    period_text: str  # 'from 1 January 2022 to 31 December 2022', or 'all entries on record'
    attention: list[AttentionItem] = field(default_factory=list)
    entries: list[PeriodEntry] = field(default_factory=list)


def briefing_memo(
    db: Database,
    f: RecordFilter,
    period: tuple[date, date] | None = None,
    progress: Progress | None = None,
) -> BriefingMemo:
    progress = progress or Progress()
    with reading(db) as session:  # one snapshot: the figures and the lists agree
        progress.step(0, 3, "Counting")
        figures = figures_in_session(session, f, period)
        progress.step(1, 3, translate("Domain", "Partnerships that need attention"))
        attention = needs_attention(session, f)
        progress.step(2, 3, translate("Domain", "Decisions and positions"))
        entries = [_entry(row) for row in q.decision_rows(session, f, period)]
    if period:
        period_text = f"from {format_day(period[0])} to {format_day(period[1])}"
    else:
        period_text = f"all entries on record up to {format_day(f.as_of)}"
    return BriefingMemo(figures, period_text, attention, entries)


def needs_attention(session: Session, f: RecordFilter) -> list[AttentionItem]:
    """The window's "needs attention" items (one rule, in services/needs_attention), and
    requests that no binding decision has answered: a memo is where the council sees them."""
    items = [
        AttentionItem(f"{item.local} - {item.partner}", f"{item.kind.label}: {item.detail}")
        for item in attention_items(session, f.as_of, DORMANT_YEARS, f)
    ]
    return items + _requests_awaiting_decision(session, f)


def _requests_awaiting_decision(session: Session, f: RecordFilter) -> list[AttentionItem]:
    """Requests to suspend or end that no binding decision has answered since."""
    open_requests: dict[int, tuple[str, list[str]]] = {}
    for row in q.decision_rows(session, f, None):
        action = DecisionAction.read(row.action)
        if action in REQUESTS:
            _, asked = open_requests.setdefault(row.partnership_id, (_pair(row), []))
            asked.append(f"{_who(row)} ({partial(row.decided_on, row.decided_precision)})")
        elif row.binding:
            open_requests.pop(row.partnership_id, None)
    return [
        AttentionItem(
            pair,
            translate("Domain", "Asked to suspend or end it: ")
            + "; ".join(asked)
            + ". No decision by the body that holds the authority is recorded.",
        )
        for pair, asked in open_requests.values()
    ]


def _pair(row) -> str:
    return f"{row.local} - {row.partner}"


def _who(row) -> str:
    person = " ".join(x for x in (row.actor_title, row.actor_name) if x)
    return person or row.actor_body


def _entry(row) -> PeriodEntry:
    action = DecisionAction.read(row.action)
    if row.binding and action in (
        DecisionAction.SUSPEND,
        DecisionAction.END,
        DecisionAction.REINSTATE,
        DecisionAction.ESTABLISH,
        DecisionAction.UPGRADE,
    ):
        effect = translate("Domain", "Decision: changes the status")
    elif row.binding:
        effect = "Decision"
    else:
        effect = "Position"
    what = action.label + (f", {row.condition}" if row.condition else "")
    return PeriodEntry(
        when=partial(row.decided_on, row.decided_precision),
        partnership=_pair(row),
        who=_who(row),
        what=what,
        effect=effect,
    )
