"""An import finds the registry's partnership of every pair its rows name a few hundred
pairs a query (partnerships_of_pairs); each answer is the one the query of one pair gives
(partnership_of_pair): either way round, a live one before an archived one, then the
older, and nothing for a pair the registry lacks."""

from itertools import combinations

from desktop.domain.enums import CommunityKind, PartnershipKind
from desktop.services import records
from desktop.services.unit_of_work import reading, transaction
from desktop.store.import_queries import PAIRS_AT_ONCE, partnership_of_pair, partnerships_of_pairs
from desktop.store.models import Community, CommunityBase, Partnership, PartnershipBase


def _registry(db) -> list[int]:
    """Six communities; pairs live, archived, held both ways round (live and archived,
    both live, both archived), and pairs never twinned."""
    with transaction(db) as session:

        def create(model, base, values: dict):
            return records.create(
                session, "test", model, records.validated(base, values).model_dump()
            )

        town = {"country": "DE", "kind": CommunityKind.CITY}
        ids = [create(Community, CommunityBase, town | {"name": f"Town {n}"}).id for n in range(6)]

        def pair(local: int, partner: int, archived: bool = False) -> None:
            values = {
                "local_id": ids[local],
                "partner_id": ids[partner],
                "notes": f"{local}-{partner}",
            }
            made = create(
                Partnership, PartnershipBase, values | {"kind": PartnershipKind.SISTER_CITY}
            )
            if archived:
                records.archive(session, "test", Partnership, made.id)

        pair(0, 1)
        pair(0, 2, archived=True)
        pair(3, 4, archived=True)
        pair(4, 3)  # the live one, written after the archived one the other way round
        pair(4, 5)
        pair(5, 4)  # both live: the older stands for the pair
        pair(1, 2, archived=True)
        pair(2, 1, archived=True)
    return ids


def test_many_pairs_at_once_answer_as_one_pair_at_a_time(empty_db):
    ids = _registry(empty_db)
    wanted = [(a, b) for a, b in combinations(ids, 2)]
    wanted += [(b, a) for a, b in wanted[:5]]  # the same pair written the other way round
    # Pairs of communities the registry does not hold, enough for several statements.
    wanted += [(10_000 + n, 20_000 + n) for n in range(2 * PAIRS_AT_ONCE + 7)]
    with reading(empty_db) as session:
        found = partnerships_of_pairs(session, wanted)
        one_by_one = {frozenset(p): partnership_of_pair(session, *p) for p in wanted}
    assert set(found) == set(one_by_one)
    for pair, row in one_by_one.items():
        got = found[pair]
        assert (got is None) == (row is None), pair
        if row is not None:
            assert tuple(got)[: len(row)] == tuple(row), pair
    held = [row for row in found.values() if row is not None]
    assert sorted(row.notes for row in held) == ["0-1", "0-2", "1-2", "4-3", "4-5"]
    assert [row.archived_at is None for row in held if row.notes == "0-2"] == [False]


def test_no_pairs_no_query(empty_db):
    with reading(empty_db) as session:
        assert partnerships_of_pairs(session, []) == {}
