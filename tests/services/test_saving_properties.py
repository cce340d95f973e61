"""Property-based tests on saving: random records (any text, formula-like text, control
characters, text past every limit, any date, end before start, unknown choices, missing
fields, stale versions, records that are not there) through the real services on a real
SQLite file. Every call either saves the whole record, read back field by field with its
audit entries, or refuses it with our ValidationError (or a StoreError) and a plain
message, and then nothing at all was written. No other exception gets out.

Each example starts from a fresh copy of the sample registry (the `fresh_sample` fixture).
"""

import sqlite3
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from desktop.domain import limits
from desktop.domain.dates import PartialDate
from desktop.domain.enums import (
    DatePrecision,
    DecisionAction,
    ExchangeStatus,
)
from desktop.domain.status import parse_authority
from desktop.domain.validation import ValidationError
from desktop.services import audit, communities, decisions, exchanges, partnerships
from desktop.services.unit_of_work import reading
from desktop.store.errors import StoreError
from desktop.store.models import AuditEntry, Community, Decision, Exchange, Partnership
from tests.services.importing.office_lists import row_counts
from tests.services.random_records import (
    COMMUNITY,
    COMMUNITY_IDS,
    DECISION,
    DECISION_IDS,
    EXCHANGE,
    EXCHANGE_IDS,
    PARTNERSHIP,
    PARTNERSHIP_IDS,
    TEXT,
    VERSIONS,
)

SAVES = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def assert_plain(exc: Exception) -> None:
    """A message a clerk can read: there, and no Python showing through."""
    message = str(exc)
    assert message.strip(), repr(exc)
    assert "{'" not in message and "Traceback" not in message, message
    if isinstance(exc, ValidationError):
        assert exc.problems and all(p.message.strip() for p in exc.problems), exc.problems


def reads_back(field: str, stored, given) -> bool:
    """A saved field is the value given: a country as its code in capitals, who decides
    for a community as the same actor types (the order is the app's)."""
    if field == "country":
        return stored == given.strip().upper()
    if field == "binding_actor_types":
        return parse_authority(stored) == parse_authority(given)
    return stored == given


def last_audit_id(db) -> int:
    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT coalesce(max(id), 0) FROM audit_entry").fetchone()[0]
    finally:
        con.close()


def stored(db, model, record_id, *, saved=False):
    """The record as the next reader sees it; one the call saved keeps every rule. (Not
    every record of the sample does: its first exchange is completed, dates not given in
    the source, which the form would refuse.)"""
    with reading(db) as session:
        record = session.get(model, record_id)
        if saved:
            RULES[model](session, record)
    return record


# The rules every saved record keeps, said again here rather than by calling the checks
# the services call: a service that forgot one would save a record breaking it.


def community_rules(session, c: Community) -> None:
    assert c.name and len(c.name) <= limits.NAME and c.country == c.country.upper()
    parse_authority(c.binding_actor_types)  # its form reads who decides for it


def partnership_rules(session, p: Partnership) -> None:
    local, partner = session.get(Community, p.local_id), session.get(Community, p.partner_id)
    # Twinnings within one country are allowed (Hannover and Leipzig): only not with itself.
    assert local and partner and local.id != partner.id
    for signed in (p.local_signed_on, p.partner_signed_on):
        assert signed is None or signed <= date.today()
    same_pair = select(Partnership.id).where(
        Partnership.local_id.in_([local.id, partner.id]),
        Partnership.partner_id.in_([local.id, partner.id]),
    )
    assert session.exec(same_pair).all() == [p.id]


def exchange_rules(session, e: Exchange) -> None:
    assert e.title.strip() and session.get(Partnership, e.partnership_id)
    start = PartialDate.of(e.start_on, e.start_precision)
    end = PartialDate.of(e.end_on, e.end_precision)
    for pd in (start, end):
        assert pd is None or pd.precision is not DatePrecision.UNKNOWN
    if start and end and start.value and end.value:
        assert end.end >= start.start  # not ending before it starts
    if e.status in (ExchangeStatus.CANCELED, ExchangeStatus.POSTPONED):
        assert e.reason.strip()
    if e.status is ExchangeStatus.COMPLETED:
        last = end or start
        assert last and last.value and last.start <= date.today()
    assert e.participants is None or 0 <= e.participants <= limits.PARTICIPANTS_MAX


def decision_rules(session, d: Decision) -> None:
    assert d.decided_on and session.get(Partnership, d.partnership_id)
    assert (d.actor_name + d.actor_title + d.actor_body).strip()
    assert d.takes_effect_on == (d.effective_on or d.decided_on)
    if d.review_on:
        assert d.action is DecisionAction.SUSPEND and d.review_on >= d.takes_effect_on


RULES = {
    Community: community_rules,
    Partnership: partnership_rules,
    Exchange: exchange_rules,
    Decision: decision_rules,
}


def entries_since(db, model, record_id, since: int) -> list[AuditEntry]:
    with reading(db) as session:
        return [e for e in audit.history(session, model, record_id) if e.id > since]


def creates(db, model, values, save):
    """Save a new record: whole (every field as given, an audit entry for each filled
    one) or refused with nothing written."""
    before, since = row_counts(db), last_audit_id(db)
    try:
        saved = save()
    except (ValidationError, StoreError) as exc:
        assert_plain(exc)
        assert row_counts(db) == before
        return
    record = stored(db, model, saved.id, saved=True)
    for field, value in values.items():
        assert reads_back(field, getattr(record, field), value), field
    entries = entries_since(db, model, record.id, since)
    filled = {f: v for f, v in audit.snapshot(record).items() if v not in (None, "")}
    assert {e.field: e.new_value for e in entries} == filled
    assert {e.action for e in entries} <= {"create"}
    counts = row_counts(db)
    assert counts[model.__tablename__] == before[model.__tablename__] + 1
    assert counts["audit_entry"] == before["audit_entry"] + len(entries)


def changes(db, model, record_id, values, save):
    """Save a change: every given field as given, an audit entry (old, new) for each that
    changed; or refused, with the record as it was and no audit entry."""
    before, since = row_counts(db), last_audit_id(db)
    old = stored(db, model, record_id)
    try:
        save()
    except (ValidationError, StoreError) as exc:
        assert_plain(exc)
        assert row_counts(db) == before
        if old is not None:
            assert audit.snapshot(stored(db, model, record_id)) == audit.snapshot(old)
        return
    record = stored(db, model, record_id, saved=True)
    for field, value in values.items():
        assert reads_back(field, getattr(record, field), value), field
    was, now = audit.snapshot(old), audit.snapshot(record)
    entries = entries_since(db, model, record_id, since)
    assert {e.field: (e.old_value, e.new_value) for e in entries if e.action == "update"} == {
        f: (was[f], now[f]) for f in now if was[f] != now[f]
    }
    assert row_counts(db) | {"audit_entry": 0} == before | {"audit_entry": 0}


@SAVES
@example({"name": "Riga", "country": "LV", "longitude": -181})  # "at least {'ge': -180.0}"
@example({"name": "Riga", "country": "LV", "binding_actor_types": "mayor"})  # was saved
@given(COMMUNITY)
def test_a_new_community(fresh_sample, values):
    db = fresh_sample()
    creates(db, Community, values, lambda: communities.create_community(db, values))


@SAVES
@example(1, {"binding_actor_types": "mayor"}, None)  # was a bare ValueError
@given(COMMUNITY_IDS, COMMUNITY, VERSIONS)
def test_a_changed_community(fresh_sample, community_id, values, version):
    db = fresh_sample()
    changes(
        db,
        Community,
        community_id,
        values,
        lambda: communities.update_community(db, community_id, values, version),
    )


@SAVES
@given(PARTNERSHIP)
def test_a_new_partnership(fresh_sample, values):
    db = fresh_sample()
    creates(db, Partnership, values, lambda: partnerships.create_partnership(db, values))


@SAVES
@given(PARTNERSHIP_IDS, PARTNERSHIP, VERSIONS)
def test_a_changed_partnership(fresh_sample, partnership_id, values, version):
    db = fresh_sample()
    changes(
        db,
        Partnership,
        partnership_id,
        values,
        lambda: partnerships.update_partnership(db, partnership_id, values, version),
    )


@SAVES
@given(EXCHANGE)
def test_a_new_exchange(fresh_sample, values):
    db = fresh_sample()
    creates(db, Exchange, values, lambda: exchanges.record_exchange(db, values))


@SAVES
@given(EXCHANGE_IDS, EXCHANGE, VERSIONS)
def test_a_changed_exchange(fresh_sample, exchange_id, values, version):
    db = fresh_sample()
    changes(
        db,
        Exchange,
        exchange_id,
        values,
        lambda: exchanges.update_exchange(db, exchange_id, values, version),
    )


@SAVES
@given(DECISION)
def test_a_new_decision(fresh_sample, values):
    db = fresh_sample()
    creates(db, Decision, values, lambda: decisions.record_decision(db, values))


@SAVES
@given(DECISION_IDS, DECISION, VERSIONS)
def test_a_changed_decision(fresh_sample, decision_id, values, version):
    db = fresh_sample()
    changes(
        db,
        Decision,
        decision_id,
        values,
        lambda: decisions.update_decision(db, decision_id, values, version),
    )


SPELLINGS = st.sampled_from(
    ["Évry", "Örebro", "Łódź", "Ústí nad Labem", "Île-Rousse", "Riga", "Ségou", "Straße"]
)


@SAVES
@example(name="Évry", subdivision="", again=str.lower, padded=False)  # 'évry' was saved too
@given(
    name=st.one_of(SPELLINGS, TEXT.filter(str.strip)),
    subdivision=st.sampled_from(["", "Île-de-France", "Bavaria"]),
    again=st.sampled_from([str.lower, str.upper, str.title, str.swapcase, str.strip]),
    padded=st.booleans(),
)
def test_a_community_already_there_in_other_letters_is_refused(
    fresh_sample, name, subdivision, again, padded
):
    """The same name (and state) in the same country, in capitals or small letters or
    with spaces around, is the community already in the registry: refused, pointing to
    it, with nothing written."""
    db = fresh_sample()
    first = {"name": name, "subdivision": subdivision, "country": "FR"}
    try:
        communities.create_community(db, first)
    except ValidationError:
        return
    variant = again(name)
    assume(variant.strip().lower() == name.strip().lower() and variant.strip())
    second = first | {
        "name": f" {variant} " if padded else variant,
        "subdivision": again(subdivision),
    }
    assume(second["subdivision"].strip().lower() == subdivision.lower())
    assume(len(second["name"]) <= limits.NAME)  # the spaces count towards the limit
    before = row_counts(db)
    with pytest.raises(ValidationError) as refused:
        communities.create_community(db, second)
    assert "is already in the registry; pick it instead" in str(refused.value)
    assert row_counts(db) == before


ARCHIVE = {
    Community: (COMMUNITY_IDS, communities.archive_community),
    Partnership: (PARTNERSHIP_IDS, partnerships.archive_partnership),
    Exchange: (EXCHANGE_IDS, exchanges.archive_exchange),
    Decision: (DECISION_IDS, decisions.archive_decision),
}


@SAVES
@given(st.data(), st.sampled_from(list(ARCHIVE)))
def test_archiving_a_record(fresh_sample, data, model):
    """Archived (hidden, with its audit entry, nothing else touched) or refused (not there;
    a community still in partnerships) with nothing written; archiving twice is once."""
    ids, archive = ARCHIVE[model]
    record_id = data.draw(ids, label="id")
    db = fresh_sample()
    before, since = row_counts(db), last_audit_id(db)
    old = stored(db, model, record_id)
    try:
        archive(db, record_id)
    except (ValidationError, StoreError) as exc:
        assert_plain(exc)
        assert row_counts(db) == before
        return
    archive(db, record_id)
    record = stored(db, model, record_id)
    assert record.archived_at is not None
    assert audit.snapshot(record) | {"archived_at": None} == audit.snapshot(old)
    entries = entries_since(db, model, record_id, since)
    assert [(e.action, e.field) for e in entries] == [("archive", "archived_at")]
    assert row_counts(db) == before | {"audit_entry": before["audit_entry"] + 1}


def test_who_decides_for_a_community_must_be_kinds_of_actor(sample_db):
    """Unknown kinds were saved on a new community (and the timeline's reader then raised
    ValueError at its next decision); on a changed one they escaped as a bare ValueError."""
    message = "'mayor' is not a kind of actor; the kinds are: governing_body, mayor_executive,"
    new = {"name": "Riga", "country": "LV", "binding_actor_types": "mayor"}
    for save in (
        lambda: communities.create_community(sample_db, new),
        lambda: communities.update_community(sample_db, 1, {"binding_actor_types": "mayor"}),
    ):
        before = row_counts(sample_db)
        with pytest.raises(ValidationError) as refused:
            save()
        assert [p.field for p in refused.value.problems] == ["binding_actor_types"]
        assert refused.value.problems[0].message.startswith(message)
        assert row_counts(sample_db) == before


def test_a_bound_below_zero_is_said_as_a_number(sample_db):
    """The message for a value under a lower bound other than 0 showed pydantic's context:
    "Must be at least {'ge': -180.0}."."""
    with pytest.raises(ValidationError) as refused:
        communities.create_community(
            sample_db, {"name": "Riga", "country": "LV", "longitude": -181}
        )
    assert [(p.field, p.message) for p in refused.value.problems] == [
        ("longitude", "Must be at least -180.0.")
    ]
