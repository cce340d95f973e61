"""`sister-cities attach decision|partnership|exchange ID FILE...`: attach scanned letters
and resolutions to one record, in one transaction (each with its audit entries): all the
files, or none of them when one cannot be read, is empty or is over the limit."""

import argparse
import sys

from desktop.commands.parts import CommandParts
from desktop.commands.shared import EXIT_FAILED, EXIT_OK
from desktop.services import attachments


def run(args: argparse.Namespace, parts: CommandParts) -> int:
    db = parts.open_registry()
    try:
        try:
            # Before reading a byte: a read-only registry, then every file looked at.
            attachments.refuse_if_read_only(db)
            attachments.check_files(args.files)
            lines = attachments.attach_files(
                db, args.kind, args.id, args.files, parts.progress("Attaching")
            )
        except attachments.AttachmentRefused as exc:
            for problem in exc.problems:
                print(f"sister-cities: {problem}", file=sys.stderr)
            return EXIT_FAILED
    finally:
        db.close()
    count = f"{len(lines)} document{'s' if len(lines) != 1 else ''}"
    print(f"Attached {count} to {args.kind} {args.id} ({lines[0].owner_label}):")
    for line in lines:
        print(f"  {line.id:>6}  {line.name}  ({line.kind_label}, {line.size_text})")
    return EXIT_OK
