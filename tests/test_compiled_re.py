"""Patterns compiled from programs an earlier process kept are the patterns re.compile makes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# every module-level pattern of the modules that compile through compiled_re, against re.compile's
_COMPARE_ALL = """
import importlib, pkgutil, re, sys
import re._compiler
import incident_explorer.extraction as ex, incident_explorer.places as pl
from incident_explorer import compiled_re
calls = []
real = re._compiler.compile
re._compiler.compile = lambda *a: calls.append(a) or real(*a)
names = [m.name for pkg in (ex, pl) for m in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + ".")]
modules = [importlib.import_module(n) for n in names]
compiled = len(calls)
re._compiler.compile = real
n = 0
for module in modules:
    if getattr(module, "re", None) is not compiled_re:
        continue
    for value in vars(module).values():
        if isinstance(value, re.Pattern):
            n += 1
            assert value == re.compile(value.pattern, value.flags), value.pattern
print(n, compiled)
"""


def _run(code: str, cache: Path) -> str:
    env = {**os.environ, "INCIDENTS_CACHE_DIR": str(cache)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_kept_programs_make_the_patterns_re_compile_makes(tmp_path: Path) -> None:
    first = _run(_COMPARE_ALL, tmp_path).split()
    assert list(tmp_path.glob("patterns-*.marshal")), "the first process kept no programs"
    second = _run(_COMPARE_ALL, tmp_path).split()
    assert int(first[0]) == int(second[0]) > 500  # the modules' patterns, all compared
    # the first process compiled them all; the second only the few spelt by set order and those
    # of modules that compile with re itself
    assert int(first[1]) > 500
    assert int(second[1]) < int(first[1]) / 10


_THREE = """
from incident_explorer import compiled_re
import re
for text, flags in ((r"\\b(?P<town>[A-Z]\\w+) (?:town|village)\\b", 0), (r"(?<!\\w)al-(\\w+)", re.I),
                    (r"[^\\W\\d_]+", compiled_re.I | compiled_re.S)):
    p = compiled_re.compile(text, flags)
    assert p == re.compile(text, flags) and p.groupindex == re.compile(text, flags).groupindex
town = compiled_re.compile(r"\\b(?P<town>[A-Z]\\w+) (?:town|village)\\b")
print(town.search("in Kafr Nabl town").groupdict())
"""


def test_patterns_match_as_re_compile_s_fresh_kept_or_from_a_damaged_file(tmp_path: Path) -> None:
    # 20 patterns, more than a process writes for, so the first process keeps them
    fill = "from incident_explorer import compiled_re\n" + "".join(
        f"compiled_re.compile(r'x{i}\\w+')\n" for i in range(20)
    )
    _run(fill + _THREE, tmp_path)
    assert "{'town': 'Nabl'}" in _run(_THREE, tmp_path)
    (kept,) = tmp_path.glob("patterns-*.marshal")
    kept.write_bytes(b"not a program file")
    assert "{'town': 'Nabl'}" in _run(_THREE, tmp_path)
    kept.write_bytes(b"\xe3" + bytes(40))
    assert "{'town': 'Nabl'}" in _run(_THREE, tmp_path)


def test_a_cache_folder_that_cannot_be_written_leaves_patterns_as_they_are(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert "{'town': 'Nabl'}" in _run(_THREE, blocked / "cache")
