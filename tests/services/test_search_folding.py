"""Search folds accents and case beyond A-Z, on SQLite and PostgreSQL alike (issue 15, 6):
a clerk without the accent on the keyboard still finds Besançon and Coyoacán, in every
list and in the community picker, through the full-text indexes and the plain scan."""

from datetime import date

from desktop.services import communities, exchanges, listing, lookup, partnerships
from desktop.services.listing import RecordFilter

AS_OF = date(2022, 6, 1)


def partners_found(db, text: str) -> set[str]:
    f = RecordFilter(as_of=AS_OF, search=text)
    return {r.partner for r in listing.partnerships(db, f)}


def test_accents_need_not_be_typed(sample_db):
    assert "Besançon" in partners_found(sample_db, "Besancon")
    assert "Besançon" in partners_found(sample_db, "BESANÇON")
    found = partners_found(sample_db, "Coyoacan")
    assert found and all("Coyoac" in p for p in found)
    assert partners_found(sample_db, "coyoacán") == found
    assert listing.count(sample_db, RecordFilter(as_of=AS_OF, search="Besancon")) >= 1


def test_case_beyond_a_to_z_and_letters_that_carry_their_mark(empty_db):
    made = {}
    for name, country in (("Łódź", "PL"), ("Москва", "RU"), ("Tromsø", "NO"), ("Norfolk", "US")):
        made[name] = communities.create_community(empty_db, {"name": name, "country": country})
    for partner in ("Łódź", "Москва", "Tromsø"):
        partnerships.create_partnership(
            empty_db, {"local_id": made["Norfolk"].id, "partner_id": made[partner].id}
        )
    assert partners_found(empty_db, "lodz") == partners_found(empty_db, "ŁÓDŹ") == {"Łódź"}
    assert partners_found(empty_db, "МОСКВА") == partners_found(empty_db, "москва") == {"Москва"}
    assert partners_found(empty_db, "tromso") == {"Tromsø"}
    assert [c.name for c in lookup.community_completions(empty_db, "lod")] == ["Łódź"]
    with_rows = listing.COMMUNITIES.rows(empty_db, RecordFilter(search="TROMSO"), order_by="name")
    assert [r.name for r in with_rows] == ["Tromsø"]


def test_exchanges_and_decisions_fold_too_and_follow_each_save(sample_db):
    pid = next(
        r.id
        for r in listing.partnerships(sample_db, RecordFilter(as_of=AS_OF, local="Norfolk"))
        if r.partner == "Kaliningrad"
    )
    exchange = exchanges.record_exchange(
        sample_db,
        {"partnership_id": pid, "title": "Visite à Besançon", "institutions": "Lycée Pasteur"},
        today=AS_OF,
    )

    def titles(text):
        rows = listing.EXCHANGES.rows(sample_db, RecordFilter(search=text), order_by="start")
        return {r.title for r in rows}

    assert "Visite à Besançon" in titles("visite a besancon")
    assert "Visite à Besançon" in titles("LYCEE")
    exchanges.update_exchange(sample_db, exchange.id, {"title": "Visit to Dijon"}, today=AS_OF)
    assert "Visit to Dijon" not in titles("besancon")
    assert "Visit to Dijon" in titles("lycee")  # the institutions kept their folded copy
