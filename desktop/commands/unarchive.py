"""`sister-cities unarchive KIND ID`: bring an archived record back into the lists, as the
window's Edit > Restore from archive does (audited; nothing was ever deleted). Not to be
confused with `restore`, which puts a backup back in place of the registry."""

import argparse

from desktop.commands.parts import CommandParts
from desktop.commands.shared import EXIT_OK
from desktop.services import archive, attachments, lookup


def run(args: argparse.Namespace, parts: CommandParts) -> int:
    db = parts.open_registry()
    if args.kind == "document":
        try:
            name = attachments.document_name(db, args.id)
            if attachments.reattach(db, args.id):
                print(f"Document {args.id} ({name}) is attached to its record again.")
            else:
                print(f"Document {args.id} ({name}) is not detached; nothing changed.")
        finally:
            db.close()
        return EXIT_OK
    try:
        name = lookup.record_name(db, args.kind, args.id)
        if archive.unarchive(db, args.kind, args.id):
            print(f"Restored {args.kind} {args.id} from the archive: {name}.")
        else:
            print(f"{args.kind.capitalize()} {args.id} ({name}) is not archived; nothing changed.")
    finally:
        db.close()
    return EXIT_OK
