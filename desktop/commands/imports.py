"""`sister-cities imports`: the past imports, newest first: when, who, which file, what
came of it, and whether it was undone (`import --undo BATCH` undoes one)."""

import argparse

from desktop.commands.parts import CommandParts
from desktop.commands.shared import EXIT_OK
from desktop.services.importing.batches import list_batches


def run(args: argparse.Namespace, parts: CommandParts) -> int:
    db = parts.open_registry()
    try:
        batches = list_batches(db)
    finally:
        db.close()
    if not batches:
        print("No list has been imported into this registry.")
        return EXIT_OK
    print(f"{'Batch':>5}  {'When (UTC)':<16}  {'Who':<12}  {'Rows':>6}  {'New':>6}  "
          f"{'Restored':>8}  {'Matched':>7}  {'Filled':>6}  {'Rejected':>8}  File")  # fmt: skip
    for b in batches:
        undone = f"  (undone by {b.undone_by})" if b.undone_at else ""
        sheet = f", {b.sheet}" if b.sheet and b.sheet != "(the whole file)" else ""
        print(
            f"{b.id:>5}  {b.at:%Y-%m-%d %H:%M}  {b.who[:12]:<12}  {b.rows:>6,}  {b.new:>6,}  "
            f"{b.restored:>8,}  {b.matched:>7,}  {b.filled:>6,}  {b.rejected:>8,}  "
            f"{b.file_name}{sheet}{undone}"
        )
    return EXIT_OK
