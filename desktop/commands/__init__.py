"""Headless subcommands of `sister-cities`, one module each; COMMANDS maps name -> run."""

from desktop.commands import (
    backup,
    check,
    copy,
    export,
    import_,
    init,
    partnerships,
    print_,
    restore,
)

COMMANDS = {
    "init": init.run,
    "partnerships": partnerships.run,
    "check": check.run,
    "export": export.run,
    "print": print_.run,
    "import": import_.run,
    "backup": backup.run,
    "restore": restore.run,
    "copy": copy.run,
}
