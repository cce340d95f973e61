"""Two imports at once (two clerks, or the wizard's preview and a colleague's import)
come out as if run one after the other: the import checks its plan again under the write
lock, so the second finds what the first wrote instead of writing it a second time."""

from sqlmodel import func, select

from desktop.services.importing.apply import apply_plan
from desktop.services.importing.headers import guess_mapping
from desktop.services.importing.plan import plan_file
from desktop.services.unit_of_work import reading
from desktop.store.models import Community, Partnership

HEADER = "City,Country,Sister city,Sister city country\n"


def write(path, rows):
    path.write_text(HEADER + "".join(f"{a},{b},{c},{d}\n" for a, b, c, d in rows), "utf-8")
    return path


def counts(db):
    with reading(db) as session:
        return tuple(
            session.exec(select(func.count()).select_from(model)).one()
            for model in (Community, Partnership)
        )


def test_two_plans_made_before_either_import_give_no_duplicates(empty_db, tmp_path):
    rows = [(f"Town {i}", "Germany", f"Ville {i}", "France") for i in range(40)]
    first = write(tmp_path / "a.csv", rows)
    # The same pairs, the names in capitals, the sides the other way round.
    second = write(tmp_path / "b.csv", [(c.upper(), d, a.upper(), b) for a, b, c, d in rows])
    mapping = guess_mapping(HEADER.strip().split(","))
    plan_a = plan_file(empty_db, first, mapping=mapping)
    plan_b = plan_file(empty_db, second, mapping=mapping)  # before A is in
    assert plan_b.new == 40
    a = apply_plan(empty_db, plan_a)
    b = apply_plan(empty_db, plan_b)
    assert (a.new, a.replanned) == (40, False)
    assert (b.new, b.matched, b.replanned) == (0, 40, True)
    assert "checked again first" in b.summary()
    assert counts(empty_db) == (80, 40)


def test_an_unchanged_registry_is_not_checked_twice(empty_db, tmp_path):
    path = write(tmp_path / "a.csv", [("Lyon", "France", "Birmingham", "United Kingdom")])
    plan = plan_file(empty_db, path, mapping=guess_mapping(HEADER.strip().split(",")))
    result = apply_plan(empty_db, plan)
    assert (result.new, result.replanned) == (1, False) and result.plan is plan
