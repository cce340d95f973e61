"""Planning reads what its list needs all at once: the place table's entries for every
name of the list (places.look_up_names) and the registry's partnership of every pair the
rows name (Pairs.look_up), a few hundred a query. The plan is the one that asking name by
name and pair by pair gives: the same outcome, community, match, note and problem for
every row, and the same questions."""

from pathlib import Path

import pytest

from desktop.services import places
from desktop.services.importing.apply import apply_plan
from desktop.services.importing.batches import undo_batch
from desktop.services.importing.communities import NewCommunity
from desktop.services.importing.headers import guess_mapping
from desktop.services.importing.pairs import Pairs
from desktop.services.importing.plan import ImportPlan, plan_file
from tests.services.importing.real_lists import combine

LISTS = Path(__file__).resolve().parents[2] / "data" / "real-lists"


def _ref(ref):
    if isinstance(ref, NewCommunity):
        return (ref.key, ref.name, ref.subdivision, ref.country, ref.first_row, ref.values())
    return ref


def _contents(plan: ImportPlan) -> tuple:
    rows = [
        (r.row, r.outcome, [str(p) for p in r.problems], r.record, _ref(r.local),
         _ref(r.partner), r.matched_id, r.note, r.fills, r.registry)
        for r in plan.rows
    ]  # fmt: skip
    return (
        plan.summary(), rows, plan.questions, plan.archived_communities, plan.community_fills,
        [_ref(c) for c in plan.new_communities()], plan.communities_to_restore(),
    )  # fmt: skip


def _one_at_a_time(monkeypatch) -> None:
    """Planning as it was: nothing read ahead, each name and pair asked on its own."""
    monkeypatch.setattr(places, "look_up_names", lambda names: None)
    monkeypatch.setattr(Pairs, "look_up", lambda self, pairs: None)
    places._INDEX._found.clear()


@pytest.fixture
def wikidata(tmp_path) -> tuple[Path, object]:
    path = tmp_path / "wikidata.tsv"
    combine(sorted(LISTS.glob("*.tsv")), path)
    return path, guess_mapping(path.read_text(encoding="utf-8").splitlines()[0].split("\t"))


def test_the_plan_is_the_one_of_asking_one_at_a_time(empty_db, wikidata, monkeypatch):
    path, mapping = wikidata
    first = plan_file(empty_db, path, mapping=mapping)
    # Some questions answered: a "same" joins two names, a "different" keeps them apart.
    answers = {q.key: q.candidates[0].key for q in first.questions[::2]}
    answers |= {q.key: "different" for q in first.questions[1::2]}
    assert answers, "the lists ask questions"

    def planned_both_ways() -> ImportPlan:
        places._INDEX._found.clear()  # what earlier look-ups kept in memory
        fast = plan_file(empty_db, path, mapping=mapping, answers=answers)
        with monkeypatch.context() as patched:
            _one_at_a_time(patched)
            slow = plan_file(empty_db, path, mapping=mapping, answers=answers)
        assert _contents(fast) == _contents(slow)
        return fast

    new = planned_both_ways()  # into an empty registry: every name new
    assert new.new > 900 and new.questions
    result = apply_plan(empty_db, new, valid_only=True)
    held = planned_both_ways()  # every pair now in the registry
    assert held.matched > 900
    undo_batch(empty_db, result.batch_id)
    archived = planned_both_ways()  # every pair archived by the undo: brought back
    assert archived.restored > 900 and archived.communities_to_restore()
