"""Headless subcommands of `sister-cities`, one module each; COMMANDS maps name -> run."""

from desktop.commands import check, import_, init, partnerships

COMMANDS = {
    "init": init.run,
    "partnerships": partnerships.run,
    "check": check.run,
    "import": import_.run,
}
