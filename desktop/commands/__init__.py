"""Headless subcommands of `sister-cities`, one module each, imported only when run: a
`partnerships` listing need not load openpyxl or Qt's page layout."""

import argparse
from importlib import import_module

MODULES = {
    "init": "init",
    "partnerships": "partnerships",
    "check": "check",
    "export": "export",
    "print": "print_",
    "import": "import_",
    "imports": "imports",
    "backup": "backup",
    "restore": "restore",
    "copy": "copy",
    "unarchive": "unarchive",
    "attach": "attach",
    "documents": "documents",
}


def run_command(name: str, args: argparse.Namespace, parts) -> int:
    """Run the command `name` with the parts desktop/app.py built for it (commands/parts.py)."""
    return import_module(f"desktop.commands.{MODULES[name]}").run(args, parts)
