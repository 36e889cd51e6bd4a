"""The courses package has no import circle: every import of one courses module by another,
at the top of a file or inside a function, is an edge, and the graph has no cycle."""

import ast
from pathlib import Path

import courses

ROOT = Path(courses.__file__).parent


def _module_name(path):
    parts = ["courses", *path.relative_to(ROOT).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules():
    return {_module_name(path): path for path in ROOT.rglob("*.py") if "migrations" not in path.parts}


def _imports(path, name, known):
    """The courses modules `path` imports, wherever in the file the import is."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                # `from courses import catalogue` imports a module; `from courses.models import Course`, a name.
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
    return {module for module in found if module in known and module != name}


def import_graph():
    known = _modules()
    return {name: _imports(path, name, known) for name, path in known.items()}


def find_cycle(graph):
    """One cycle as a list of modules, or None."""
    state = {}

    def visit(node, trail):
        state[node] = "open"
        for target in sorted(graph[node]):
            if state.get(target) == "open":
                return [*trail[trail.index(target):], target]
            if target not in state:
                found = visit(target, [*trail, target])
                if found:
                    return found
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node, [node])
            if found:
                return found
    return None


def test_the_courses_package_has_no_import_circle():
    assert find_cycle(import_graph()) is None, " -> ".join(find_cycle(import_graph()))


def test_it_sees_imports_inside_functions():
    graph = import_graph()
    # courses.tasks imports the models only inside its task functions.
    assert "courses.models" in graph["courses.tasks"]
    assert "courses.page_contexts" in graph["courses.apps"]


def test_it_finds_a_circle_when_there_is_one():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
