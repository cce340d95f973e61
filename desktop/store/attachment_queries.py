"""SQL for source documents. Every query here reads `attachment`, what each document is;
only `content` reads `attachment_content`, the bytes, and only for one document at a time
(a 2 GB registry's lists, pages and counts never touch them)."""

from collections.abc import Iterator

import sqlalchemy as sa
from sqlalchemy.engine import Row
from sqlmodel import Session, select

from desktop.store.models import Attachment, AttachmentContent, Decision, Exchange, Partnership
from desktop.store.ordering import up
from desktop.store.queries import Local, Partner

OWNER_COLUMN = {
    "partnership": Attachment.partnership_id,
    "exchange": Attachment.exchange_id,
    "decision": Attachment.decision_id,
}


def partnership_of():
    """The partnership a document belongs to, directly or through its exchange or
    decision (joined by `_with_owners`)."""
    return sa.func.coalesce(
        Attachment.partnership_id, Exchange.partnership_id, Decision.partnership_id
    )


# Which kind of record holds it: the partnership's own first, then decisions, exchanges.
OWNER_ORDER = sa.case(
    (Attachment.partnership_id.is_not(None), 0),
    (Attachment.decision_id.is_not(None), 1),
    else_=2,
)


def attachments_of(session: Session, owner: str, owner_id: int) -> list[Attachment]:
    """The documents attached to one record (not those detached), oldest first."""
    query = (
        select(Attachment)
        .where(OWNER_COLUMN[owner] == owner_id, Attachment.archived_at.is_(None))
        .order_by(Attachment.attached_at, Attachment.id)
    )
    return list(session.exec(query))


def _with_owners(query):
    """`query` over documents, with their exchange and decision (when they have one) and
    only those whose record is in the lists."""
    return (
        query.outerjoin(Exchange, Attachment.exchange_id == Exchange.id)
        .outerjoin(Decision, Attachment.decision_id == Decision.id)
        .where(
            Attachment.archived_at.is_(None),
            Exchange.archived_at.is_(None),
            Decision.archived_at.is_(None),
        )
    )


OWNER_COLUMNS = (
    Exchange.title.label("exchange_title"),
    Decision.decided_on,
    Decision.decided_precision,
    Decision.action,
)


def attachments_under_partnership(session: Session, partnership_id: int) -> list[Row]:
    """The documents of a partnership, of its decisions and of its exchanges: (Attachment,
    exchange title, decision date, its precision, its action), the partnership's own
    first, then the decisions' by date, then the exchanges' by start."""
    query = _with_owners(sa.select(Attachment, *OWNER_COLUMNS)).where(
        partnership_of() == partnership_id
    )
    query = query.order_by(
        OWNER_ORDER,
        up(Decision.decided_on),
        up(Exchange.start_on),
        Attachment.attached_at,
        Attachment.id,
    )
    return list(session.execute(query))


def document_rows(session: Session, selected_ids) -> Iterator[Row]:
    """Every document under the partnerships `selected_ids` (a subquery) picks, with the
    partnership's communities, streamed: the briefing workbook's Documents sheet."""
    partnership = sa.orm.aliased(Partnership)
    query = (
        _with_owners(
            sa.select(
                partnership_of().label("partnership_id"),
                Local.name.label("local"),
                Partner.name.label("partner"),
                *OWNER_COLUMNS,
                Attachment.partnership_id.label("own"),
                Attachment.name,
                Attachment.kind,
                Attachment.size,
                Attachment.attached_at,
                Attachment.attached_by,
                Attachment.sha256,
            ).select_from(Attachment)
        )
        .join(partnership, partnership.id == partnership_of())
        .join(Local, partnership.local_id == Local.id)
        .join(Partner, partnership.partner_id == Partner.id)
        .where(partnership_of().in_(selected_ids))
        .order_by(
            Local.name,
            Partner.name,
            partnership.id,
            OWNER_ORDER,
            up(Decision.decided_on),
            up(Exchange.start_on),
            Attachment.attached_at,
            Attachment.id,
        )
    )
    return session.execute(query.execution_options(yield_per=500))


def content(session: Session, attachment_id: int) -> bytes | None:
    """The bytes of one document, or None when there are none (never, but for another
    program's doing)."""
    query = sa.select(AttachmentContent.data).where(
        AttachmentContent.attachment_id == attachment_id
    )
    return session.execute(query).scalar_one_or_none()
