"""The one way services touch the database: a session inside a single transaction."""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from desktop.domain.validation import Problem, ValidationError
from desktop.domain.words import translate
from desktop.store.database import Database
from desktop.store.engine import for_reading, for_writing
from desktop.store.errors import RecordChanged, explain


@contextmanager
def transaction(db: Database, *, writing: bool = True) -> Iterator[Session]:
    """Commit everything done in the block, or nothing; driver errors become plain ones."""
    bind = for_writing(db.engine) if writing else for_reading(db.engine)
    try:
        with Session(bind, expire_on_commit=False) as session, session.begin():
            yield session
    except StaleDataError as exc:
        raise RecordChanged() from exc
    except IntegrityError as exc:
        raise ValidationError([Problem("", _integrity_message(exc))]) from exc
    except (OperationalError, DBAPIError) as exc:
        raise explain(exc, db.describe(), db.path, db.engine) from exc


@contextmanager
def reading(db: Database) -> Iterator[Session]:
    """A read-only session (still one consistent snapshot); it never waits for writers."""
    with transaction(db, writing=False) as session:
        yield session


def _integrity_message(exc: IntegrityError) -> str:
    text = str(exc.orig).lower()
    if "uq_community_place" in text or "community.name" in text:
        return translate(
            "Domain",
            "That community (same name, subdivision and country) is already in the registry.",
        )
    if "uq_partnership_pair" in text or "partnership.local_id" in text:
        return translate("Domain", "These two communities already have a partnership.")
    if "foreign key" in text:
        return translate(
            "Domain", "The record refers to something that is not in the registry any more."
        )
    return translate("Domain", "The record could not be saved: %1").replace("%1", str(exc.orig))
