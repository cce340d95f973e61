"""Cross-field rules, with messages a clerk understands. Each returns a list of Problems
naming the field to show the message at; an empty list means the record may be saved."""

import re
from dataclasses import dataclass
from datetime import date

from desktop.domain.dates import PartialDate, format_day
from desktop.domain.enums import DatePrecision, DecisionAction, ExchangeStatus, Status
from desktop.domain.words import fill, translate


@dataclass(frozen=True)
class Problem:
    field: str
    message: str


class ValidationError(ValueError):
    """Raised by services when a record breaks a rule; carries every problem at once."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems))


# C0 controls but tab, line feed and carriage return; DEL; the C1 controls. No name or note
# holds them: they come from a damaged file or another program's data ("Ly\x00on"), and a
# NUL cannot even be stored on PostgreSQL.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
CONTROL_NAMES = {0: "NUL", 0x1A: "SUB (end of file)", 0x1B: "ESC", 0x7F: "DEL"}


def control_character(text: str) -> str | None:
    """The message for text holding a control character, or None when it holds none."""
    found = CONTROL.search(text)
    if found is None:
        return None
    code = ord(found.group())
    name = CONTROL_NAMES.get(code) or translate("Domain", "a control character")
    return fill(
        translate(
            "Domain",
            "Holds %1 (U+%2) at character %3, which is not text (a damaged file, or another "
            "program's data?). Remove it.",
        ),
        name,
        f"{code:04X}",
        found.start() + 1,
    )


# --- rules that the forms and the import ask one at a time ---------------------------------


def partners_itself(local: object, partner: object) -> Problem | None:
    """Two communities of one country may be twinned (Hannover and Leipzig are): only a
    community with itself cannot. `local` and `partner` are ids, or the import's planned
    communities (the same object when a row names one community twice)."""
    if local is None or partner is None or not (local is partner or local == partner):
        return None
    return Problem("partner", translate("Domain", "A community cannot partner with itself."))


def no_decider(*who: str | None) -> Problem | None:
    """A decision says who took it: a person, their title, or the body (council, ministry);
    any one of them is enough."""
    if any((part or "").strip() for part in who):
        return None
    return Problem("actor", translate("Domain", "Say who decided: a person, a title or a body."))


def check_partnership(
    *,
    local_id: int | None,
    partner_id: int | None,
    local_signed_on: date | None = None,
    partner_signed_on: date | None = None,
    today: date | None = None,
) -> list[Problem]:
    problems = []
    if local_id is None:
        problems.append(Problem("local", translate("Domain", "Choose the local community.")))
    if partner_id is None:
        problems.append(Problem("partner", translate("Domain", "Choose the partner community.")))
    if problem := partners_itself(local_id, partner_id):
        problems.append(problem)
    today = today or date.today()
    for field, signed in (
        ("local_signed_on", local_signed_on),
        ("partner_signed_on", partner_signed_on),
    ):
        if signed and signed > today:
            problems.append(
                Problem(field, translate("Domain", "The signing date is in the future."))
            )
    return problems


def check_exchange(
    *,
    title: str,
    start: PartialDate | None,
    end: PartialDate | None,
    status: ExchangeStatus,
    reason: str,
    participants: int | None,
    today: date | None = None,
) -> list[Problem]:
    problems = []
    today = today or date.today()
    if not title.strip():
        problems.append(
            Problem(
                "title", translate("Domain", "Give the exchange a title, e.g. 'ODU faculty visit'.")
            )
        )
    for field, pd in (("start", start), ("end", end)):
        if pd is not None and pd.precision is DatePrecision.UNKNOWN:
            problems.append(
                Problem(field, translate("Domain", "Give at least the year of the exchange."))
            )
    if start and end and start.value and end.value and end.end < start.start:
        problems.append(Problem("end", translate("Domain", "The exchange ends before it starts.")))
    if status in (ExchangeStatus.CANCELED, ExchangeStatus.POSTPONED) and not reason.strip():
        problems.append(
            Problem(
                "reason",
                translate(
                    "Domain", "Say why the exchange was canceled (for example 'COVID-19 pandemic')."
                )
                if status is ExchangeStatus.CANCELED
                else translate(
                    "Domain",
                    "Say why the exchange was postponed (for example 'COVID-19 pandemic').",
                ),
            )
        )
    if participants is not None and participants < 0:
        problems.append(
            Problem(
                "participants", translate("Domain", "Participants cannot be a negative number.")
            )
        )
    if status is ExchangeStatus.COMPLETED:
        last = end or start
        if last is None or last.value is None:
            problems.append(
                Problem("end", translate("Domain", "A completed exchange needs its dates."))
            )
        elif last.start > today:
            problems.append(
                Problem(
                    "status",
                    translate("Domain", "The exchange is marked completed but has not ended yet."),
                )
            )
    return problems


def check_decision(
    *,
    decided_on: date | None,
    action: DecisionAction,
    effective_on: date | None,
    review_on: date | None,
    status_before: Status,
    actor: str,
) -> list[Problem]:
    problems = []
    if decided_on is None:
        problems.append(
            Problem(
                "decided_on", translate("Domain", "Give the date of the decision or statement.")
            )
        )
    if problem := no_decider(actor):
        problems.append(problem)
    if status_before is Status.ENDED and action is not DecisionAction.REINSTATE:
        problems.append(
            Problem(
                "action",
                translate(
                    "Domain",
                    "This partnership has ended; the only decision that can follow is to "
                    "reinstate it.",
                ),
            )
        )
    start = effective_on or decided_on
    if review_on and start and review_on < start:
        problems.append(
            Problem(
                "review_on",
                translate(
                    "Domain", "The review date is before the decision takes effect (%1)."
                ).replace("%1", format_day(start)),
            )
        )
    if review_on and action is not DecisionAction.SUSPEND:
        problems.append(
            Problem("review_on", translate("Domain", "A review date belongs to a suspension."))
        )
    return problems
