"""Every module-level pattern of the package compiles to the same text whatever the hash seed.

A pattern built from a set ("|".join(sorted(words, key=len)) over a frozenset) takes its
same-length words in the set's order, which changes with PYTHONHASHSEED: the text of the
pattern then differs from run to run, and any order that matters differs with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

_DUMP = """
import importlib, json, pkgutil, re, sys
import incident_explorer
out = {}
for info in pkgutil.walk_packages(incident_explorer.__path__, "incident_explorer."):
    module = importlib.import_module(info.name)
    for name, value in vars(module).items():
        if isinstance(value, re.Pattern):
            out[f"{info.name}.{name}"] = value.pattern
json.dump(out, sys.stdout)
"""


def _patterns(seed: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", _DUMP], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    patterns: dict[str, str] = json.loads(done.stdout)
    return patterns


def test_module_patterns_do_not_depend_on_the_hash_seed() -> None:
    first, second, third = _patterns("1"), _patterns("2"), _patterns("3")
    assert len(first) > 500  # the walk reached the extraction and places modules
    differ = sorted(k for k in first if not first[k] == second.get(k) == third.get(k))
    assert differ == []
