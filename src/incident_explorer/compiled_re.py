"""``re`` whose ``compile`` keeps each pattern's compiled program from one process to the next.

Python compiles a regular expression with Python code (``re._parser``, ``re._compiler``): the
~870 patterns the extraction and the geocoder build when their modules are imported were about
two thirds of a cold ``incidents extract``'s instructions. A compiled program (the list of
integers the C engine runs) depends only on the pattern's text, its flags and the Python build,
so it is kept in the cache folder, keyed by those, and handed to the engine as it is in the next
process (``_sre.compile``, which checks the program before it runs it). A program is kept only
after the pattern it builds has compared equal to ``re.compile``'s (pattern objects compare
their text, flags and program), so a kept program matches exactly what ``re.compile`` would.
Anything unexpected (another Python's private API, an unreadable or foreign file, a folder that
cannot be written) falls back to ``re.compile``.

Modules import it as ``re`` (``from incident_explorer import compiled_re as re``); every other
name is the standard module's.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
import tempfile
from array import array
from pathlib import Path
from re import (
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    UNICODE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    RegexFlag,
    S,
    U,
    X,
    error,
    escape,
    findall,
    finditer,
    fullmatch,
    match,
    search,
    split,
    sub,
    subn,
)
from re import compile as _re_compile
from typing import Any

from incident_explorer.settings import cache_dir_from_env

__all__ = [
    "A",
    "ASCII",
    "DOTALL",
    "I",
    "IGNORECASE",
    "M",
    "MULTILINE",
    "Match",
    "Pattern",
    "RegexFlag",
    "S",
    "U",
    "UNICODE",
    "VERBOSE",
    "X",
    "error",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
    "subn",
    "compile",
]

# (text, flags as given) -> (flags the program runs with, program as 32-bit words, groups,
# group index, index group): the arguments of _sre.compile but the text
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_KEPT_AT_MOST = 2_000  # programs in the file; past it a process keeps only the ones it used
# A few patterns are built from sets and spelt in another order under each hash seed: a process
# that found every pattern but a few does not write the whole file again for them.
_NEW_WORTH_WRITING = 16

_started = False
_sre: Any = None
_programs: dict[tuple[str, int], Program] = {}
_used: set[tuple[str, int]] = set()
_new: dict[tuple[str, int], Pattern[str]] = {}
_path: Path | None = None


def _start() -> None:
    """Find the engine's private API and read the kept programs, once per process."""
    global _started, _sre, _path
    _started = True
    try:
        import _sre as engine  # type: ignore[import-not-found,unused-ignore]

        if array("I").itemsize != engine.CODESIZE:
            return
        tag = f"{sys.implementation.cache_tag}.{sys.version_info.micro}-{engine.MAGIC}"
        path = cache_dir_from_env() / f"patterns-{tag}.marshal"
    except (ImportError, AttributeError, ValueError, OSError):
        return
    _sre, _path = engine, path
    try:
        kept = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        kept = None
    if isinstance(kept, dict):
        _programs.update(kept)
    atexit.register(_keep)


def compile(pattern: str, flags: int | RegexFlag = 0) -> Pattern[str]:
    """``re.compile`` with the program kept from an earlier process where there is one."""
    if not _started:
        _start()
    key = (pattern, int(flags))
    found = _programs.get(key) if _sre is not None and type(pattern) is str else None
    if found is not None:
        try:
            compiled: Pattern[str] = _sre.compile(
                pattern, found[0], array("I", found[1]).tolist(), found[2], found[3], found[4]
            )
        except Exception:  # a foreign or damaged entry: compile it afresh
            del _programs[key]
        else:
            _used.add(key)
            return compiled
    compiled = _re_compile(pattern, flags)
    if _sre is not None and type(pattern) is str:
        _new[key] = compiled
    return compiled


def program(pattern: str, flags: int) -> Program:
    """What ``_sre.compile`` takes for ``pattern`` besides its text, as ``re._compiler`` makes it."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    words = array("I", [int(c) for c in code]).tobytes()
    return (flags | parsed.state.flags, words, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _keep() -> None:
    """Write the programs of the patterns this process compiled afresh (at exit, if any)."""
    if _path is None or not _new or (_programs and len(_new) < _NEW_WORTH_WRITING):
        return
    for key, compiled in _new.items():
        try:
            found = program(*key)
            rebuilt = _sre.compile(key[0], found[0], array("I", found[1]).tolist(), *found[2:])
        except Exception:  # a Python whose compiler differs from this one's: keep none of it
            continue
        if rebuilt == compiled:
            _programs[key] = found
            _used.add(key)
    kept = _programs
    if len(kept) > _KEPT_AT_MOST:
        kept = {key: _programs[key] for key in _used if key in _programs}
    try:
        _path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=_path.parent, prefix=".patterns-", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(kept))
        os.replace(tmp, _path)  # whole or not at all, whichever process writes last
    except OSError:
        Path(tmp).unlink(missing_ok=True)
