"""`sister-cities documents PARTNERSHIP_ID [--save DIR]`: the documents of a partnership
and of its decisions and exchanges (name, kind, size, when and by whom attached), and with
`--save` a checked copy of each in a folder."""

import argparse

from desktop.commands.parts import CommandParts
from desktop.commands.shared import EXIT_OK, write_rows
from desktop.services import attachments, lookup


def run(args: argparse.Namespace, parts: CommandParts) -> int:
    db = parts.open_registry()
    try:
        title = lookup.partnership_title(db, args.id)
        lines = attachments.partnership_documents(db, args.id)
        saved = []
        if args.save is not None and lines:
            saved = attachments.save_partnership_documents(
                db, args.id, args.save, parts.progress("Saving")
            )
    finally:
        db.close()
    if not lines:
        print(f"No documents are attached to partnership {args.id} ({title}) or its records.")
        return EXIT_OK
    print(f"Documents of partnership {args.id}, {title}:")
    write_rows(
        [
            {
                "id": line.id,
                "attached to": line.owner_label,
                "name": line.name,
                "kind": line.kind_label,
                "size": line.size_text,
                "attached": line.attached_on,
                "by": line.attached_by,
            }
            for line in lines
        ],
        "table",
    )
    if saved:
        fresh = [s for s in saved if not s.already_there]
        there = len(saved) - len(fresh)
        print(
            f"Saved {len(fresh)} document{'s' if len(fresh) != 1 else ''} to {args.save}"
            + (f" ({there} already there, unchanged)" if there else "")
            + ", each checked against its SHA-256:"
        )
        for s in saved:
            print(f"  {s.path}" + ("  (already there)" if s.already_there else ""))
    return EXIT_OK
