"""Four of Wikidata's real twinning lists (tests/data/real-lists), imported into an empty
registry with the app's own guess of their columns, checked against the towns' own
coordinates: the pairs are held under their own names, no community holds two towns, every
row is accounted for, and a second import adds nothing. bench/real_lists.py does the same
for all 23 lists."""

from pathlib import Path

from desktop.services.importing.apply import apply_plan
from desktop.services.importing.headers import guess_mapping
from desktop.services.importing.plan import plan_file
from tests.services.importing.real_lists import FAR_KM, check, combine

LISTS = Path(__file__).resolve().parents[2] / "data" / "real-lists"


def test_four_real_lists(empty_db, tmp_path):
    path = tmp_path / "wikidata.tsv"
    rows = combine(sorted(LISTS.glob("*.tsv")), path)
    mapping = guess_mapping(path.read_text(encoding="utf-8").splitlines()[0].split("\t"))
    # Wikidata's headers are understood as they are, coordinates included.
    assert mapping.missing() == [] and mapping.unsure == {}
    assert {f for f in mapping.columns.values()} >= {"local_latitude", "partner_population"}
    plan = plan_file(empty_db, path, mapping=mapping)
    result = apply_plan(empty_db, plan, valid_only=True)
    figures = check(empty_db, path, result.plan)

    assert figures.rows == rows == 1022 and figures.accounted == rows
    assert result.new + result.matched + result.rejected == rows
    assert figures.held_share >= 0.995, figures.lines()
    assert figures.merged_towns == [], f"communities holding towns over {FAR_KM} km apart"
    assert figures.looked_up_far == []
    # Frankenberg (Saxony) and Frankenberg (Hesse), written alike, 297 km apart: the second
    # is rejected with its reason, not filed under the first.
    (rejected,) = [r for r in result.plan.rows if r.outcome == "rejected"]
    assert "'Frankenberg' here lies 297 km from the Frankenberg of row" in rejected.reasons()

    again = plan_file(empty_db, path, mapping=mapping)
    assert (again.new, again.restored, len(again.new_communities())) == (0, 0, 0)
    assert (again.filled, again.community_fills) == (0, {})  # nothing left to fill in


def test_four_real_lists_by_name_only(empty_db, tmp_path):
    """Without the coordinate columns, where the towns lie comes from the city table, and
    only from an unambiguous match of the name itself: none lands 25 km or more away."""
    path = tmp_path / "wikidata.tsv"
    combine(sorted(LISTS.glob("*.tsv")), path)
    mapping = guess_mapping(path.read_text(encoding="utf-8").splitlines()[0].split("\t"))
    mapping.columns = {
        h: f for h, f in mapping.columns.items()
        if not f.endswith(("latitude", "longitude", "population"))
    }  # fmt: skip
    result = apply_plan(empty_db, plan_file(empty_db, path, mapping=mapping), valid_only=True)
    figures = check(empty_db, path, result.plan)
    assert figures.looked_up > 900
    assert figures.looked_up_far == []
    assert figures.held_share >= 0.995, figures.lines()
