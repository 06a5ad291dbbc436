"""The package's shape: no import circle, and no stage imports a stage to its right.

Stages, left to right: the shared values (errors, model, rule) → unpack → facts (facts/, android/, ios/)
→ rules → scan → compare → gate → report → the runners around them (runner/, cli/, server/).
Imports inside `if TYPE_CHECKING:` are for type hints only and are not counted; imports inside
functions are (a lazy import is still a dependency).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {"pinscan": ROOT / "analyzer", "pinscan.rules": ROOT / "rules"}
STAGES = [
    ("pinscan", "pinscan.errors", "pinscan.model", "pinscan.rule"),
    ("pinscan.unpack",),
    ("pinscan.facts", "pinscan.android", "pinscan.ios"),
    ("pinscan.rules",),
    ("pinscan.scan",),
    ("pinscan.compare",),
    ("pinscan.gate",),
    ("pinscan.report",),
    ("pinscan.runner", "pinscan.cli", "pinscan.server"),
]


def _modules() -> dict[str, Path]:
    out = {}
    for name, root in PACKAGES.items():
        for f in sorted(root.rglob("*.py")):
            rel = f.relative_to(root).with_suffix("").parts
            if name == "pinscan" and rel and rel[0] == "rules":
                continue
            parts = rel[:-1] if rel[-1] == "__init__" else rel
            out[".".join((name, *parts))] = f
    return out


def _imports(path: Path, module: str, known: set[str]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped |= {id(n) for n in ast.walk(node)}
    out: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        for n in names:
            while n and n not in known:
                n = n.rpartition(".")[0]
            if n and n != module:
                out.add(n)
    return out


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {m: _imports(f, m, known) for m, f in modules.items()}


def _stage(module: str) -> int:
    best = (-1, 0)
    for rank, prefixes in enumerate(STAGES):
        for p in prefixes:
            if (module == p or module.startswith(p + ".")) and len(p) > best[0]:
                best = (len(p), rank)
    return best[1]


def test_no_import_circle():
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                cycles.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    assert cycles == [], f"import circles: {cycles}"


def test_no_stage_imports_a_stage_to_its_right():
    graph = _graph()
    wrong = sorted(f"{m} ({_stage(m)}) imports {d} ({_stage(d)})" for m, deps in graph.items() for d in deps
                   if _stage(d) > _stage(m))
    assert wrong == []


def test_the_checks_see_the_package():
    """Guard against a vacuous pass: the graph has the modules and edges it must have."""
    graph = _graph()
    assert {"pinscan.scan", "pinscan.unpack", "pinscan.gate.verdict", "pinscan.rules.android_nsc"} <= set(graph)
    assert "pinscan.unpack" in graph["pinscan.scan"]
    assert _stage("pinscan.report.text") > _stage("pinscan.gate.verdict") > _stage("pinscan.scan")
