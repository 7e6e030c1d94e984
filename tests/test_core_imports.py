"""The core package must work without Streamlit (the app and pages are a thin shell over it)."""

import subprocess
import sys

BLOCK_STREAMLIT = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "streamlit" or name.startswith("streamlit."):
            raise ImportError("streamlit is blocked in this test")
sys.meta_path.insert(0, Block())
import pkgutil, importlib, incident_explorer
for mod in pkgutil.walk_packages(incident_explorer.__path__, "incident_explorer."):
    importlib.import_module(mod.name)
assert not any(m == "streamlit" or m.startswith("streamlit.") for m in sys.modules)
print("ok")
"""


def test_core_imports_without_streamlit() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", BLOCK_STREAMLIT], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
