"""The package's import graph: no circle anywhere, and the emulator's imports run downward.

The package: no circle, counting imports made inside functions (which would only hide one)
and leaving out those under ``if TYPE_CHECKING:`` (never run).

The emulator (`genauth_async.testing`), layers top to bottom: the public modules
(`emulator`, `plugin`, ...), the services (`_services/`), the framework (everything else).
The framework imports no service; no module imports a testing module from inside a function.
"""

from __future__ import annotations

import ast
from pathlib import Path

import genauth_async
import genauth_async.testing as testing

ROOT = Path(testing.__file__).parent
PACKAGE = "genauth_async.testing"
WHOLE = Path(genauth_async.__file__).parent
TOP = {f"{PACKAGE}.{name}" for name in ("emulator", "plugin", "__main__", "_process")} | {PACKAGE}
SERVICES = f"{PACKAGE}._services"


def _name(path: Path, root: Path, package: str) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join((package, *parts))


def _modules(root: Path = ROOT, package: str = PACKAGE) -> dict[str, Path]:
    return {_name(path, root, package): path for path in root.rglob("*.py")}


def _type_checking_only(tree: ast.Module) -> set[int]:
    return {
        id(child)
        for node in tree.body
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for child in ast.walk(node)
    }


def _imported(
    module: str, path: Path, names: set[str], *, run_only: bool = False
) -> list[tuple[str, bool]]:
    """(module imported, at module level?) for every import of `path` (`run_only`: not the
    imports under ``if TYPE_CHECKING:``)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top_level = {id(node) for node in tree.body}
    for node in tree.body:  # imports under `if TYPE_CHECKING:` are still module level
        if isinstance(node, ast.If):
            top_level.update(id(child) for child in node.body)
    skipped = _type_checking_only(tree) if run_only else set()
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            # `from . import x` imports the module x, not its package's other names
            targets = [base] if node.module else []
            targets += [f"{base}.{alias.name}" for alias in node.names]
        for target in targets:
            if target in names and target != module:
                found.append((target, id(node) in top_level))
    return found


def _graph(
    root: Path = ROOT, package: str = PACKAGE, *, run_only: bool = False
) -> tuple[dict[str, set[str]], list[str]]:
    modules = _modules(root, package)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    local = []
    for name, path in modules.items():
        for target, at_top in _imported(name, path, set(modules), run_only=run_only):
            graph[name].add(target)
            if not at_top:
                local.append(f"{name} -> {target}")
    return graph, local


def _layer(module: str) -> int:
    if module in TOP:
        return 2
    if module == SERVICES or module.startswith(SERVICES + "."):
        return 1
    return 0


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_graph_is_read():
    graph, _ = _graph()
    assert f"{SERVICES}.roles" in graph[SERVICES]
    assert f"{PACKAGE}._routing" in graph[f"{SERVICES}.roles"]
    assert f"{PACKAGE}._app" in graph[f"{PACKAGE}.emulator"]


def test_no_import_circle_in_the_package():
    graph, local = _graph(WHOLE, "genauth_async", run_only=True)
    assert "genauth_async._transport" in graph["genauth_async.client"]
    assert any(edge.startswith("genauth_async._methods -> ") for edge in local)  # seen too
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or ())


def test_no_import_circle_under_testing():
    graph, _ = _graph()
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or ())


def test_imports_run_only_downward():
    graph, _ = _graph()
    upward = sorted(
        f"{name} -> {target}"
        for name, targets in graph.items()
        for target in targets
        if _layer(target) > _layer(name)
    )
    assert upward == []


def test_the_framework_imports_no_service():
    graph, _ = _graph()
    framework = [name for name in graph if _layer(name) == 0]
    assert f"{PACKAGE}._app" in framework
    assert [(n, t) for n in framework for t in graph[n] if _layer(t) != 0] == []


def test_no_function_local_import_of_a_testing_module():
    _, local = _graph()
    assert local == []


def test_services_share_helpers_not_privates():
    """A service imports another service's public names only (shared ones live in
    `_services/_shared.py`)."""
    private = []
    for name, path in _modules().items():
        if not name.startswith(SERVICES + "."):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
                private += [
                    f"{name}: {node.module}.{alias.name}"
                    for alias in node.names
                    if alias.name.startswith("_") and node.module != "_shared"
                ]
    assert private == []
