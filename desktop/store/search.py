"""What the search box matches, as SQL.

Matching ignores case and accents on both databases alike: the typed text is folded
(domain/search_text.py) and compared with each column's folded copy where it has one, else
with the column, whose plain ASCII LIKE already takes in either case (SQLite's LIKE is
case-insensitive for A-Z, five times faster than lower(x) LIKE ...; PostgreSQL gets ILIKE,
which under COLLATE "C" folds A-Z only, the same). A partnership matches
through the union of small id sets: its communities (names searched in the community
table, far smaller than the partnerships), a country typed by name ("russia" -> RU), its
organisation and notes, its exchanges' institutions and its decisions' actors.
"""

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement

from desktop.domain.countries import codes_matching
from desktop.domain.search_text import fold_for_search
from desktop.store.models import Community, Decision, Exchange, Partnership, searched_text


class contains_text(FunctionElement):
    """`column` contains the LIKE `pattern`, ignoring case."""

    type = sa.Boolean()
    inherit_cache = True
    name = "contains_text"


@compiles(contains_text)
def _contains_text_default(element, compiler, **kw):
    column, pattern = (compiler.process(c, **kw) for c in element.clauses)
    return f"lower({column}) LIKE lower({pattern}) ESCAPE '\\'"


@compiles(contains_text, "sqlite")
def _contains_text_sqlite(element, compiler, **kw):
    column, pattern = (compiler.process(c, **kw) for c in element.clauses)
    return f"{column} LIKE {pattern} ESCAPE '\\'"


@compiles(contains_text, "postgresql")
def _contains_text_postgresql(element, compiler, **kw):
    column, pattern = (compiler.process(c, **kw) for c in element.clauses)
    return f"{column} ILIKE {pattern} ESCAPE '\\'"


def pattern(text: str, *, anywhere: bool = True) -> str:
    """A LIKE pattern for the typed text folded, with LIKE's own wildcards taken literally;
    `anywhere` off: the text must start the value."""
    folded = fold_for_search(text.strip())
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%" if anywhere else f"{escaped}%"


# The typed text reaches SQL only as these named parameters (each the same wherever a
# statement uses it), so that a listing can keep a statement built for one search and run
# it for the next (store/listings.py), with the values of `search_values`. Nothing else in
# a statement depends on the text but what `search_shape` says.
ANYWHERE, STARTING, PHRASE = "search_anywhere", "search_starting", "search_phrase"


def search_values(text: str) -> dict[str, str]:
    """The parameters of a search for `text`."""
    typed = fold_for_search(text.strip())
    return {
        ANYWHERE: pattern(text),
        STARTING: pattern(text, anywhere=False),
        PHRASE: '"' + typed.replace('"', '""') + '"',
    }


def search_shape(text: str) -> tuple:
    """What a search statement's form depends on besides its parameters: whether the text
    is long enough for the trigram index (and for the matching ids' set, SELECTIVE_LENGTH),
    and the countries it names."""
    typed = fold_for_search(text.strip())
    long_enough = (len(typed) >= TRIGRAM, len(typed) >= SELECTIVE_LENGTH)
    return (bool(typed), long_enough, tuple(codes_matching(text)))


def like(column, text: str):
    """`column` (a searched one: it has a folded copy) contains the text, case and accents
    aside."""
    return contains_text(searched_text(column), sa.bindparam(ANYWHERE, pattern(text)))


def starts_with(column, text: str):
    value = pattern(text, anywhere=False)
    return contains_text(searched_text(column), sa.bindparam(STARTING, value))


class indexed_text(FunctionElement):
    """On SQLite: the row's id is among those whose columns' trigram index (migration 0005,
    FTS5) holds the typed text, ignoring case; a quick candidate set the LIKE then confirms.
    Elsewhere always true (PostgreSQL's trigram indexes serve the ILIKE itself).

    Not typed Boolean: SQLite would then be sent `id IN (...) = 1`, which its planner cannot
    turn into a look-up of those ids, and every row would be read again."""

    type = sa.types.NullType()
    inherit_cache = True
    name = "indexed_text"


@compiles(indexed_text)
def _indexed_text_default(element, compiler, **kw):
    return "1 = 1"


@compiles(indexed_text, "sqlite")
def _indexed_text_sqlite(element, compiler, **kw):
    id_column, query = element.clauses
    index = f"search_{id_column.table.name}"
    return (
        f"{compiler.process(id_column, **kw)} IN (SELECT rowid FROM {index} "
        f"WHERE {index} MATCH ({compiler.process(query, **kw)}))"
    )


# The trigram index finds pieces of three letters or more; shorter text is left to LIKE.
TRIGRAM = 3


def contains(model, columns: list, text: str):
    """Any of `columns` of `model`'s rows contains the text (case aside, as LIKE sees it),
    found through the full-text index where there is one and the text is long enough."""
    matches = sa.or_(*(like(column, text) for column in columns))
    typed = fold_for_search(text.strip())
    if len(typed) < TRIGRAM:
        return matches
    # '{name subdivision} : "text"': the columns are the statement's own, the phrase a
    # parameter (the columns' names are identifiers of ours, written into the SQL).
    names = " ".join(column.key for column in columns)
    phrase = search_values(text)[PHRASE]
    query = sa.literal_column(f"'{{{names}}} : '", sa.String) + sa.bindparam(PHRASE, phrase)
    return sa.and_(indexed_text(model.id, query), matches)


def communities_matching(text: str):
    """Ids of communities whose name, subdivision or country matches."""
    conditions = [contains(Community, [Community.name, Community.subdivision], text)]
    if codes := codes_matching(text):
        conditions.append(Community.country.in_(codes))
    return sa.select(Community.id).where(sa.or_(*conditions))


def community_matches(community, text: str):
    """The same test on a community row the query has joined (an alias of Community), for
    text too short for the trigram index."""
    conditions = [like(community.name, text), like(community.subdivision, text)]
    if codes := codes_matching(text):
        conditions.append(community.country.in_(codes))
    return sa.or_(*conditions)


def partnership_ids_matching(text: str):
    """Ids of the partnerships the search box finds, as one UNION of index-friendly parts."""
    places = communities_matching(text).cte("places")
    p = Partnership
    return sa.union(
        sa.select(p.id).where(p.local_id.in_(sa.select(places.c.id))),
        sa.select(p.id).where(p.partner_id.in_(sa.select(places.c.id))),
        sa.select(p.id).where(contains(p, [p.notes, p.coordinating_organization], text)),
        sa.select(Exchange.partnership_id).where(contains(Exchange, [Exchange.institutions], text)),
        sa.select(Decision.partnership_id).where(
            contains(Decision, [Decision.actor_name, Decision.actor_body], text)
        ),
    )


# Below this length most rows match: better to walk the sorted index and stop at a page
# than to collect every match first. Both forms select exactly the same partnerships.
SELECTIVE_LENGTH = 3


def partnership_matches(text: str, partnership=Partnership, *, joined_places=None):
    """The search box's condition on partnerships. Three letters or more, and every count:
    one set of ids, each table read once (off the indexes where the text is long enough).
    Not `id IN (...) OR id IN (...)`: under an OR, PostgreSQL hashes a subquery only if it
    fits in work_mem, and at a million partnerships it read the matching exchanges again for
    every partnership (a count of "K" ran for over an hour; now 3.5 s).

    Fewer letters match most rows: a page (the first rows of a sorted list) that has joined
    each partnership's communities, `joined_places` = (local, partner), walks the sorted
    index and tests each row's own communities and text, asking its exchanges and decisions
    only when those did not match, and stops at a page. (Testing the communities through
    `local_id IN (matching communities)` read all 55,000 communities twice first, for each
    page: the page of 'K' took 63 ms at a million, now 19.) Both forms select exactly the
    same partnerships."""
    if len(fold_for_search(text.strip())) >= SELECTIVE_LENGTH or joined_places is None:
        return partnership.id.in_(partnership_ids_matching(text))
    local, partner = joined_places
    in_exchanges = sa.exists().where(
        Exchange.partnership_id == partnership.id, like(Exchange.institutions, text)
    )
    in_decisions = sa.exists().where(
        Decision.partnership_id == partnership.id,
        sa.or_(like(Decision.actor_name, text), like(Decision.actor_body, text)),
    )
    return sa.or_(
        community_matches(local, text),
        community_matches(partner, text),
        like(partnership.notes, text),
        like(partnership.coordinating_organization, text),
        in_exchanges,
        in_decisions,
    )
