"""Headless subcommands of `sister-cities`, one module each; COMMANDS maps name -> run."""

from desktop.commands import check, init, partnerships, print_

COMMANDS = {
    "init": init.run,
    "partnerships": partnerships.run,
    "check": check.run,
    "print": print_.run,
}
