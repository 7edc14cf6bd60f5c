"""The code stays readable top-down: no module over 600 lines, no function over 80
(docs/decisions/0004). Demo data (the demo municipality's texts and rows) and migrations
are data, not code, and are left out."""

import ast
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2]
MODULE_LINES = 600
FUNCTION_LINES = 80
DATA = {
    "demo/articles.py",
    "demo/data.py",
    "demo/knowledge.py",
    "demo/phrases.py",
    "demo/services_more.py",
}


def _modules():
    for path in sorted(SOURCE.rglob("*.py")):
        name = path.relative_to(SOURCE).as_posix()
        if "/migrations/" in name or name in DATA:
            continue
        yield name, path.read_text(encoding="utf-8")


def test_the_source_is_found():
    names = {name for name, _text in _modules()}
    assert "cases/services/intake.py" in names and "core/tests/test_code_shape.py" in names


def test_no_module_is_over_600_lines():
    long = [
        f"{name}: {text.count(chr(10))} lines"
        for name, text in _modules()
        if text.count("\n") > MODULE_LINES
    ]
    assert not long, "Split these modules along their seams:\n" + "\n".join(long)


def test_no_function_is_over_80_lines():
    long = []
    for name, text in _modules():
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > FUNCTION_LINES:
                    long.append(f"{name}:{node.lineno} {node.name}: {lines} lines")
    assert not long, "Split these functions into named steps:\n" + "\n".join(long)
