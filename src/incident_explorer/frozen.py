"""A faster ``__init__`` for the frozen, slotted dataclasses built per word, mention and candidate.

The ``__init__`` that ``dataclass(frozen=True)`` writes sets each field through
``object.__setattr__``, which looks the field's slot up again on every call; calling the slot's
own setter does the same work in half the time. Extraction builds ~290,000 such objects over the
dense reports (words, triggers, spots, roles, matches, candidates, places): their construction
was ~5 % of a run. ``fast_init`` replaces the generated ``__init__`` with one of the very same
signature (names, order, defaults, default factories) that calls the setters; the objects, their
equality, hash and repr are those of the dataclass.
"""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any, TypeVar

_T = TypeVar("_T")


class _Missing:
    """The default of a field with a default factory: the factory is called when it is left out."""

    def __repr__(self) -> str:
        return "<factory>"


_MISSING = _Missing()


def fast_init(cls: type[_T]) -> type[_T]:
    """Give a frozen, slotted dataclass an ``__init__`` that sets its fields through their slots.
    A class it cannot do so exactly for (not frozen or not slotted, a ``__post_init__``,
    ``InitVar``, keyword-only or non-init fields) is refused with a ``TypeError``."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__:
        raise TypeError(f"fast_init: {cls.__qualname__} is no frozen dataclass with slots")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"fast_init: {cls.__qualname__} has a __post_init__")
    names: dict[str, Any] = {"_MISSING": _MISSING}
    args: list[str] = []
    body: list[str] = []
    for i, f in enumerate(dataclasses.fields(cls)):  # type: ignore[arg-type]
        names[f"_set{i}"] = getattr(cls, f.name).__set__
        if f.default is not dataclasses.MISSING:
            names[f"_default{i}"] = f.default
            args.append(f"{f.name}=_default{i}")
            body.append(f"    _set{i}(self, {f.name})")
        elif f.default_factory is not dataclasses.MISSING:
            names[f"_factory{i}"] = f.default_factory
            args.append(f"{f.name}=_MISSING")
            body.append(f"    _set{i}(self, _factory{i}() if {f.name} is _MISSING else {f.name})")
        else:
            args.append(f.name)
            body.append(f"    _set{i}(self, {f.name})")
    source = f"def __init__(self, {', '.join(args)}):\n" + "\n".join(body or ["    pass"]) + "\n"
    exec(source, names)  # as dataclasses itself writes __init__
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    # the same parameters as the generated __init__, or the class is refused
    ours = inspect.signature(init).parameters
    theirs = inspect.signature(cls.__init__).parameters
    if [(p.name, p.kind, p.default is inspect.Parameter.empty) for p in ours.values()] != [
        (p.name, p.kind, p.default is inspect.Parameter.empty) for p in theirs.values()
    ]:
        raise TypeError(f"fast_init: {cls.__qualname__} has fields fast_init cannot set alike")
    init.__annotations__ = dict(getattr(cls.__init__, "__annotations__", {}))
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
