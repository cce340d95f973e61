"""Random records for the property tests on saving: every field of each kind of record,
from plausible values to any text, formula-like text, control characters, text past every
limit, any date, unknown choices and missing fields (hypothesis strategies)."""

from datetime import date

from hypothesis import strategies as st

from desktop.domain import limits
from desktop.domain.enums import (
    ActorType,
    CommunityKind,
    DatePrecision,
    DecisionAction,
    Direction,
    ExchangeStatus,
    Origin,
    PartnershipKind,
    ProgrammeArea,
    SourceKind,
)

# The sample registry: 188 communities, 116 partnerships, 2 exchanges, 7 decisions. Ids
# past those are records that are not there.
COMMUNITY_IDS = st.one_of(st.integers(1, 188), st.sampled_from([0, -1, 189, 10_000]))
PARTNERSHIP_IDS = st.one_of(st.integers(1, 116), st.sampled_from([0, 117, 10_000]))
EXCHANGE_IDS = st.one_of(st.integers(1, 2), st.sampled_from([0, 3, 10_000]))
DECISION_IDS = st.one_of(st.integers(1, 7), st.sampled_from([0, 8, 10_000]))

TEXT = st.one_of(
    st.text(max_size=30),  # any code point but surrogates, control characters included
    st.text(st.characters(categories=("Cs", "Cc", "Zs", "Lo")), max_size=8),  # surrogates too
    st.from_regex(r"[=+\-@\t\r\n][A-Za-z0-9(),.:!|' ]{0,20}", fullmatch=True),  # formula-like
    st.sampled_from(["", " ", "\x00", '=HYPERLINK("http://x","click")', "Norfolk City Council"]),
    st.builds(
        lambda c, n: c * n,
        st.characters(),
        st.sampled_from([119, 120, 121, 199, 200, 201, 499, 500, 501, 10_000, 10_001]),
    ),  # at and past each field's limit
)
DATES = st.one_of(st.none(), st.dates(), st.sampled_from(["soon", "31/02/2022", 20220228]))
NUMBERS = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(),
    st.sampled_from([-1, 0, limits.PARTICIPANTS_MAX, limits.POPULATION_MAX + 1, "many"]),
)


def choice(enum):
    """A member, its stored value, its label (not accepted by the services), or anything."""
    return st.one_of(
        st.sampled_from(list(enum)),
        st.sampled_from(enum.values()),
        st.sampled_from([m.label for m in enum]),
        st.text(max_size=12),
        st.none(),
    )


def record(plausible: dict, **fields):
    """Half the time a record a clerk might enter (the `plausible` fields, one or two of
    them then replaced by anything), else any subset of anything (a form or a caller may
    leave out any field): plausible records reach the cross-field rules."""
    anything = st.fixed_dictionaries({}, optional=fields)
    replaced = st.lists(st.sampled_from(sorted(fields)), max_size=2, unique=True).flatmap(
        lambda names: st.fixed_dictionaries({n: fields[n] for n in names})
    )
    likely = st.tuples(st.fixed_dictionaries(plausible), replaced).map(lambda t: t[0] | t[1])
    return st.sampled_from([0, 1]).flatmap(lambda i: likely if i == 0 else anything)


SOME_DATES = st.dates(date(1950, 1, 1), date(2035, 12, 31))
KNOWN_PRECISION = st.sampled_from([DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR])
MAYBE_DATES = st.one_of(st.none(), SOME_DATES)

COMMUNITY = record(
    {"name": st.sampled_from(["Riga", "Tema", "Norfolk"]), "country": st.just("LV")},
    name=TEXT,
    kind=choice(CommunityKind),
    subdivision=TEXT,
    country=st.one_of(st.sampled_from(["FR", "fr", " de ", "XK", "ZZ", "", "France"]), TEXT),
    latitude=NUMBERS,
    longitude=NUMBERS,
    population=NUMBERS,
    binding_actor_types=st.one_of(
        st.sampled_from(["governing_body", "governing_body,mayor_executive", "mayor", ""]),
        TEXT,
    ),
)
PARTNERSHIP = record(
    {
        "local_id": st.integers(1, 188),
        "partner_id": st.integers(1, 188),
        "established_on": MAYBE_DATES,
        "established_precision": KNOWN_PRECISION,
        "local_signed_on": MAYBE_DATES,
        "partner_signed_on": MAYBE_DATES,
    },
    local_id=COMMUNITY_IDS,
    partner_id=COMMUNITY_IDS,
    kind=choice(PartnershipKind),
    established_on=DATES,
    established_precision=choice(DatePrecision),
    origin=choice(Origin),
    coordinating_organization=TEXT,
    local_signatory_name=TEXT,
    local_signatory_title=TEXT,
    local_signed_on=DATES,
    partner_signatory_name=TEXT,
    partner_signatory_title=TEXT,
    partner_signed_on=DATES,
    notes=TEXT,
)
EXCHANGE = record(
    {
        "partnership_id": st.integers(1, 116),
        "title": st.sampled_from(["ODU faculty visit", "Youth orchestra"]),
        "start_on": SOME_DATES,
        "start_precision": KNOWN_PRECISION,
        "end_on": MAYBE_DATES,
        "end_precision": KNOWN_PRECISION,
        "status": st.sampled_from(list(ExchangeStatus)),
        "reason": st.sampled_from(["", "COVID-19 pandemic"]),
        "participants": st.one_of(st.none(), st.integers(-1, 500)),
    },
    partnership_id=PARTNERSHIP_IDS,
    title=TEXT,
    programme_area=choice(ProgrammeArea),
    direction=choice(Direction),
    start_on=DATES,
    start_precision=choice(DatePrecision),
    end_on=DATES,
    end_precision=choice(DatePrecision),
    participants=NUMBERS,
    institutions=TEXT,
    status=choice(ExchangeStatus),
    reason=TEXT,
    notes=TEXT,
)
DECISION = record(
    {
        "partnership_id": st.integers(1, 116),
        "decided_on": SOME_DATES,
        "actor_body": st.sampled_from(["Norfolk City Council", ""]),
        "actor_type": st.sampled_from(list(ActorType)),
        "action": st.sampled_from(list(DecisionAction)),
        "effective_on": MAYBE_DATES,
        "review_on": MAYBE_DATES,
    },
    partnership_id=PARTNERSHIP_IDS,
    decided_on=DATES,
    decided_precision=choice(DatePrecision),
    actor_name=TEXT,
    actor_title=TEXT,
    actor_body=TEXT,
    actor_type=choice(ActorType),
    action=choice(DecisionAction),
    effective_on=DATES,
    condition=TEXT,
    review_on=DATES,
    rationale=TEXT,
    source_kind=choice(SourceKind),
    source_title=TEXT,
    source_author=TEXT,
    source_date=DATES,
    source_reference=TEXT,
)
VERSIONS = st.one_of(st.none(), st.integers(0, 3))
