"""Source documents: the letter, the resolution or the photograph behind a partnership, an
exchange or a decision, kept inside the registry so that backups, copies and every
workstation of a shared registry carry them.

Attaching is one transaction for any number of files, with an audit entry per field of
each document; a file that cannot be read, or is empty or too large, leaves nothing
attached. Detaching archives the document, like any record. Whenever the bytes are read
back (opened, saved, listed for saving) their SHA-256 is checked against the one kept
when they were attached.
"""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from desktop.domain.attachments import OWNERS, AttachmentProblem, describe_size, kind_label
from desktop.domain.dates import PartialDate, format_day, format_partial
from desktop.domain.enums import DecisionAction
from desktop.domain.words import fill, translate
from desktop.services import attachment_files, audit, records
from desktop.services.progress import Progress
from desktop.services.unit_of_work import reading, transaction
from desktop.store import attachment_queries as q
from desktop.store.database import Database
from desktop.store.errors import StoreError
from desktop.store.models import (
    Attachment,
    AttachmentContent,
    Decision,
    Exchange,
    Partnership,
)

MODELS = {"partnership": Partnership, "exchange": Exchange, "decision": Decision}


class AttachmentRefused(StoreError):
    """Nothing was attached; `problems` holds one sentence a file (or one for the record
    or the registry)."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(" ".join(problems))


class DocumentDamaged(StoreError):
    """The bytes kept for a document are not those attached (SHA-256 differs)."""


@dataclass(frozen=True)
class AttachmentLine:
    """One document as a list shows it: never its bytes."""

    id: int
    name: str
    kind: str  # media type
    kind_label: str  # 'PDF document'
    size: int
    size_text: str  # '1.2 MB'
    attached_at: datetime
    attached_on: str  # '4 December 2026'
    attached_by: str
    sha256: str
    owner: str  # partnership, exchange, decision
    owner_id: int
    owner_label: str  # 'Partnership', 'Decision: Suspend, 1 March 2022', 'Exchange: ...'


@dataclass(frozen=True)
class SavedCopy:
    line: AttachmentLine
    path: Path
    already_there: bool  # the folder held this very file already: left as it was


# --- reading the lists ----------------------------------------------------------------------


def attachments_of(db: Database, owner: str, owner_id: int) -> list[AttachmentLine]:
    """The documents of one record, oldest first."""
    with reading(db) as session:
        label = _owner_label(session, owner, owner_id)
        return [_line(a, label) for a in q.attachments_of(session, owner, owner_id)]


def partnership_documents(db: Database, partnership_id: int) -> list[AttachmentLine]:
    """The documents of a partnership, then of its decisions by date, then of its
    exchanges (records in the lists only)."""
    with reading(db) as session:
        records.get(session, Partnership, partnership_id)
        return documents_under(session, partnership_id)


def documents_under(session: Session, partnership_id: int) -> list[AttachmentLine]:
    """As `partnership_documents`, inside a read already open (the printed profile's)."""
    lines = []
    for a, title, decided_on, precision, action in q.attachments_under_partnership(
        session, partnership_id
    ):
        if a.partnership_id is not None:
            label = "Partnership"
        elif a.exchange_id is not None:
            label = f"Exchange: {title}"
        else:
            label = decision_label(decided_on, precision, action)
        lines.append(_line(a, label))
    return lines


def _owner_label(session: Session, owner: str, owner_id: int) -> str:
    record = _get_owner(session, owner, owner_id)
    if owner == "exchange":
        return f"Exchange: {record.title}"
    if owner == "decision":
        return decision_label(record.decided_on, record.decided_precision, record.action)
    return "Partnership"


def decision_label(decided_on, precision, action) -> str:
    """'Decision: Suspend, 1 March 2022': which decision a document is kept with."""
    when = format_partial(PartialDate.of(decided_on, precision))
    return f"Decision: {DecisionAction.read(action).label}, {when}"


def _line(a: Attachment, owner_label: str) -> AttachmentLine:
    owner = next(o for o in OWNERS if getattr(a, f"{o}_id") is not None)
    return AttachmentLine(
        id=a.id,
        name=a.name,
        kind=a.kind,
        kind_label=kind_label(a.kind, a.name),
        size=a.size,
        size_text=describe_size(a.size),
        attached_at=a.attached_at,
        attached_on=format_day(a.attached_at.astimezone().date()),
        attached_by=a.attached_by,
        sha256=a.sha256,
        owner=owner,
        owner_id=getattr(a, f"{owner}_id"),
        owner_label=owner_label,
    )


def _get_owner(session: Session, owner: str, owner_id: int):
    if owner not in MODELS:
        raise StoreError(
            translate(
                "Domain", "Documents go with a partnership, an exchange or a decision, not a %1."
            ).replace("%1", str(owner))
        )
    return records.get(session, MODELS[owner], owner_id)


# --- attaching and detaching ------------------------------------------------------------------


def refuse_if_read_only(db: Database, doing: str = "attached") -> None:
    if db.read_only:
        raise AttachmentRefused([f"Nothing can be {doing}: {db.read_only}."])


def check_files(paths: list[Path | str]) -> list[attachment_files.FileToAttach]:
    """Each file looked at before anything is written; AttachmentRefused naming every
    file that cannot be attached (so a clerk fixes them all at once)."""
    if not paths:
        raise AttachmentRefused([translate("Domain", "No file was given to attach.")])
    files, problems = [], []
    for path in paths:
        try:
            files.append(attachment_files.inspect(path))
        except AttachmentProblem as exc:
            problems.append(str(exc))
    if problems:
        raise AttachmentRefused([*problems, _nothing_attached(len(paths))])
    return files


def _nothing_attached(count: int) -> str:
    return (
        translate("Domain", "Nothing was attached.")
        if count == 1
        else translate("Domain", "None of the %1 files was attached.").replace("%1", str(count))
    )


def attach_files(
    db: Database,
    owner: str,
    owner_id: int,
    paths: list[Path | str],
    progress: Progress | None = None,
) -> list[AttachmentLine]:
    """Attach every file in `paths` to one record, in one transaction: all of them, with
    their audit entries, or none. The files are read one at a time inside it (a file that
    vanished or grew past the limit since it was looked at stops the whole attach)."""
    progress = progress or Progress()
    refuse_if_read_only(db)
    files = check_files(paths)
    total = sum(f.size for f in files)
    done = 0
    made: list[Attachment] = []
    try:
        with transaction(db) as session:
            record = _get_owner(session, owner, owner_id)
            if record.archived_at is not None:
                raise AttachmentRefused(
                    [
                        (
                            translate(
                                "Domain",
                                "That %1 is archived; restore it first (Edit > Restore from "
                                "archive), then attach its documents.",
                            ).replace("%1", str(owner))
                        )
                    ]
                )
            for file in files:
                progress.step(done, total, f"Reading {file.name}")
                data, digest = attachment_files.read(file)
                made.append(_store(session, db.who, owner, owner_id, file, data, digest))
                done += file.size
                progress.step(done, total, f"Stored {file.name}")
            label = _owner_label(session, owner, owner_id)
    except AttachmentProblem as exc:
        raise AttachmentRefused([str(exc), _nothing_attached(len(files))]) from None
    return [_line(a, label) for a in made]


def _store(session: Session, who: str, owner, owner_id, file, data: bytes, digest: str):
    attachment = Attachment(
        name=file.name,
        kind=file.kind,
        size=len(data),
        sha256=digest,
        attached_by=who,
        **{f"{owner}_id": owner_id},
    )
    session.add(attachment)
    audit.write_created(session, who, attachment)  # flushes: the document has its id
    content = AttachmentContent(attachment_id=attachment.id, data=data)
    session.add(content)
    session.flush()
    session.expunge(content)  # the bytes are in the database now, not kept in memory
    return attachment


def detach(db: Database, attachment_id: int) -> AttachmentLine:
    """Take a document off its record: archived (audited), kept with its bytes."""
    refuse_if_read_only(db, "detached")
    with transaction(db) as session:
        attachment = _get(session, attachment_id)
        records.archive(session, db.who, Attachment, attachment_id)
        return _line(attachment, "")


def reattach(db: Database, attachment_id: int) -> bool:
    """Bring a detached document back to its record (audited as a restore); False when
    it was attached already (nothing changed)."""
    refuse_if_read_only(db, "attached")
    with transaction(db) as session:
        attachment = _get(session, attachment_id)
        if attachment.archived_at is None:
            return False
        owner = next(o for o in OWNERS if getattr(attachment, f"{o}_id") is not None)
        if _get_owner(session, owner, getattr(attachment, f"{owner}_id")).archived_at:
            raise AttachmentRefused(
                [
                    fill(
                        translate(
                            "Domain", "Its %1 is archived; restore the %2 first, then the document."
                        ),
                        owner,
                        owner,
                    )
                ]
            )
        records.restore(session, db.who, Attachment, attachment_id)
        return True


def _get(session: Session, attachment_id: int) -> Attachment:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise records.NotFound(
            translate("Domain", "There is no document number %1 in the registry.").replace(
                "%1", str(attachment_id)
            )
        )
    return attachment


def document_name(db: Database, attachment_id: int) -> str:
    with reading(db) as session:
        return _get(session, attachment_id).name


# --- reading the bytes back -------------------------------------------------------------------


def checked_content(db: Database, attachment_id: int) -> tuple[AttachmentLine, bytes]:
    """A document and its bytes, checked against the SHA-256 kept when it was attached;
    DocumentDamaged when they differ (changed or damaged inside the database)."""
    with reading(db) as session:
        attachment = _get(session, attachment_id)
        data = q.content(session, attachment_id)
        line = _line(attachment, "")
    if data is None or attachment_files.digest(data) != line.sha256 or len(data) != line.size:
        what = "its bytes are missing" if data is None else "its SHA-256 checksum differs"
        raise DocumentDamaged(
            fill(
                translate(
                    "Domain",
                    "The copy of '%1' kept in the registry is not the file attached on %2 "
                    "(%3): it was changed or damaged inside the database, so it was not "
                    "used. Restore a backup from before the damage, or attach the original "
                    "again.",
                ),
                line.name,
                line.attached_on,
                what,
            )
        )
    return line, data


def temporary_copy(db: Database, attachment_id: int) -> Path:
    """A read-only copy, checked, for the system's viewer; removed when the app ends."""
    line, data = checked_content(db, attachment_id)
    return attachment_files.temporary_copies.add(line.name, data)


def save_copy(db: Database, attachment_id: int, destination: Path | str) -> Path:
    """Save a checked copy of a document at `destination`, whole or not at all."""
    _, data = checked_content(db, attachment_id)
    return attachment_files.write_copy(data, destination)


def save_partnership_documents(
    db: Database, partnership_id: int, folder: Path | str, progress: Progress | None = None
) -> list[SavedCopy]:
    """Save every document of a partnership and of its decisions and exchanges into
    `folder`, each under its own name (a second of one name as 'name (2)'); a file there
    that is already this document is left as it is, so saving again adds only new ones."""
    progress = progress or Progress()
    folder = Path(folder)
    if not folder.is_dir():
        raise StoreError(
            translate(
                "Domain", "The folder %1 does not exist. Create it first, or choose another."
            ).replace("%1", str(folder))
        )
    lines = partnership_documents(db, partnership_id)
    taken: set[str] = set()
    saved = []
    for i, line in enumerate(lines):
        progress.step(i, len(lines), f"Saving {line.name}")
        path, already_there = attachment_files.place_for(
            folder, line.name, line.sha256, line.size, taken
        )
        if already_there:
            checked_content(db, line.id)  # the registry's copy is checked all the same
        else:
            save_copy(db, line.id, path)
        saved.append(SavedCopy(line, path, already_there))
    return saved
