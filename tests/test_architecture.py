"""The shape of the code, checked: imports point one way (domain <- store <- services <-
reports <- ui), no two modules import each other round a circle, queries are written in
store/, and the layers below the window import no Qt.

Read from the sources (the `ast` of every module), so a forbidden import fails here even
when it sits in a function that no other test calls."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"

# Lower layers first. A module may import its own layer and the ones before it.
LAYERS = ["domain", "store", "services", "reports", "ui"]
# The top of the app (entry point, command line, settings) may import any layer; no layer
# imports them back, except that the window reads and writes the settings it shows.
TOP = {"app", "cli", "commands", "__main__"}
MAY_IMPORT_SETTINGS = {"ui", "commands", "cli", "app"}


def modules() -> dict[str, ast.Module]:
    return {
        path.relative_to(PACKAGE).as_posix(): ast.parse(path.read_text(), str(path))
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def _dotted(relative: str) -> str:
    return ("desktop." + relative.removesuffix(".py").replace("/", ".")).removesuffix(".__init__")


SOURCES = modules()
NAMES = {_dotted(relative) for relative in SOURCES}


def part_of(relative: str) -> str:
    """'services/importing/plan.py' -> 'services'; 'settings.py' -> 'settings'."""
    first = relative.split("/")[0]
    return first.removesuffix(".py")


def imports(tree: ast.Module, *, top_level_only: bool = False) -> list[tuple[int, str]]:
    """(line, module) of every import in the module, or only those run on import.
    `from desktop.reports import spool` imports desktop.reports.spool (and its package,
    as every module of a package does: that is not counted)."""
    nodes = tree.body if top_level_only else ast.walk(tree)
    found = []
    for node in nodes:
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.append((node.lineno, submodule if submodule in NAMES else node.module))
    return found


def ours(module: str) -> str | None:
    """'desktop.store.models' -> 'store'; a module not of this app -> None."""
    parts = module.split(".")
    return parts[1] if parts[0] == "desktop" and len(parts) > 1 else None


def test_imports_point_from_the_window_down_to_the_domain():
    wrong = []
    for relative, tree in SOURCES.items():
        mine = part_of(relative)
        for line, module in imports(tree):
            theirs = ours(module)
            if theirs is None or theirs == mine:
                continue
            if mine in LAYERS and theirs in LAYERS:
                if LAYERS.index(theirs) > LAYERS.index(mine):
                    wrong.append(f"{relative}:{line} imports {module}")
            elif mine in LAYERS and theirs in TOP:
                wrong.append(f"{relative}:{line} imports {module} (the top of the app)")
            elif theirs == "settings" and mine not in MAY_IMPORT_SETTINGS:
                wrong.append(f"{relative}:{line} imports {module}")
    assert wrong == []


@pytest.mark.parametrize("layer", ["domain", "store", "services"])
def test_no_qt_below_the_reports(layer):
    """Services run in the command line on machines without a display; the domain is
    plain Python."""
    wrong = [
        f"{relative}:{line} imports {module}"
        for relative, tree in SOURCES.items()
        if part_of(relative) == layer
        for line, module in imports(tree)
        if module.split(".")[0] == "PySide6"
    ]
    assert wrong == []


def test_the_domain_knows_no_database_and_the_window_holds_no_session():
    wrong = []
    for relative, tree in SOURCES.items():
        mine = part_of(relative)
        for line, module in imports(tree):
            root = module.split(".")[0]
            if mine == "domain" and root in ("sqlmodel", "sqlalchemy", "openpyxl"):
                wrong.append(f"{relative}:{line} imports {module}")
            # The window may parse a server address (sqlalchemy.engine's URL), no more.
            if mine == "ui" and (
                root == "sqlmodel" or module.startswith(("sqlalchemy.orm", "sqlalchemy.sql"))
            ):
                wrong.append(f"{relative}:{line} imports {module}")
    assert wrong == []


def test_no_two_modules_import_each_other_round_a_circle():
    """Imports run when a module is loaded (those at its top); one inside a function is
    how a module reaches a heavier one only when it is used, and is not a cycle."""
    graph: dict[str, set[str]] = {}
    for relative, tree in SOURCES.items():
        graph[_dotted(relative)] = {
            module for _line, module in imports(tree, top_level_only=True) if module in NAMES
        } - {_dotted(relative)}
    cycles = []
    state: dict[str, int] = {}  # 1 on the path, 2 done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join([*path[path.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def _writes_queries(tree: ast.Module) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id == "select":
                return True
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "select"
                and isinstance(func.value, ast.Name)
                and func.value.id in ("sqlmodel", "sqlalchemy", "sa")
            ):
                return True
    return False


def test_queries_are_written_in_the_store():
    """A service asks a store/ function named for the question it answers; the last
    services that wrote their own (coordinates, the import's bulk writes and its kinds of
    rows) moved theirs there (issue 18)."""
    outside = {
        relative
        for relative, tree in SOURCES.items()
        if part_of(relative) != "store" and _writes_queries(tree)
    }
    assert outside == set(), "write the query in a store/ module"


def test_only_the_entry_point_reads_the_command_line():
    """desktop/app.py is the composition root: it reads the command line (cli) and hands
    each command or the window its parts; nothing else of the app imports cli."""
    wrong = [
        f"{relative}:{line}"
        for relative, tree in SOURCES.items()
        if relative not in ("app.py", "__main__.py")
        for line, module in imports(tree)
        if module == "desktop.cli"
    ]
    assert wrong == []


def test_commands_are_given_their_registry_and_settings():
    """A command works on the registry and the settings the composition root gives it
    (commands/parts.py), never on ones it finds for itself."""
    reaching = {"database_target", "SettingsFile", "open_for_command", "sqlite_file"}
    wrong = [
        f"{relative}:{node.lineno} uses {name}"
        for relative, tree in SOURCES.items()
        if relative.startswith("commands/")
        and relative not in ("commands/shared.py", "commands/opening.py", "commands/parts.py")
        for node in ast.walk(tree)
        if isinstance(node, ast.Name | ast.alias)
        and (name := getattr(node, "id", None) or getattr(node, "name", None)) in reaching
    ]
    assert wrong == []
