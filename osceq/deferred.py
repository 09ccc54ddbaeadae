"""Importing Whoosh without paying for modules it never uses here.

A query is a whole process, so its imports are part of its answer time. Whoosh (whoosh-reloaded
2.7.5) imports `urllib.request` in `whoosh.compat` only to re-export `urlretrieve`, and its
`cached_property` dependency imports `asyncio` only to ask `iscoroutinefunction` of the one method
it decorates. Together they cost about 45 ms of a 200 ms query (`python -X importtime`). Smaller:
`whoosh.compat` imports `html` (and its entity tables) for `escape`, used only by highlighters;
`whoosh.query.terms` imports `whoosh.lang.morph_en` (hundreds of regular expressions compiled at
import, ~8 ms) for `variations`, used only by the Variations query; `whoosh.filedb.compound`
imports `shutil` (with `bz2` and `lzma`) for `copyfileobj`, and `whoosh.filedb.filestore`,
`whoosh.util` and `whoosh.classify` import `tempfile` and `random`, all only for writing (~6 ms);
`whoosh.filedb.filetables` imports `hashlib`, whose OpenSSL bindings take ~3 ms to load, for `md5`
(term lookups), which CPython also has built in.

While Whoosh is imported, stand-ins take those names: `urlretrieve`, `escape`, `variations` and
`copyfileobj` become functions that import the real ones when called, `md5` is the built-in one,
`iscoroutinefunction` answers with `inspect` (the same answer on Python 3.10+ for anything but the
removed `@asyncio.coroutine` decorator) unless the real asyncio is already loaded, and any other
attribute loads the real module. Afterwards the stand-ins leave `sys.modules`, so every later
import gets the real module. Delete this module when Whoosh stops importing them.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


class _StandIn(types.ModuleType):
    """A module placeholder: chosen attributes are cheap, any other one loads the real module."""

    def __init__(self, name: str, cheap: dict[str, Any]) -> None:
        super().__init__(name)
        self.__dict__.update(cheap)

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):  # the import system probing (__path__, __spec__...)
            raise AttributeError(attribute)
        return getattr(_real(self.__name__), attribute)


def _real(name: str) -> types.ModuleType:
    """The real module, imported now if needed (never the stand-in)."""
    module = sys.modules.get(name)
    if module is None or isinstance(module, _StandIn):
        sys.modules.pop(name, None)
        module = importlib.import_module(name)
    return module


def _urlretrieve(*args: Any, **kwargs: Any) -> Any:
    return _real("urllib.request").urlretrieve(*args, **kwargs)


def _escape(*args: Any, **kwargs: Any) -> Any:
    return _real("html").escape(*args, **kwargs)


def _variations(*args: Any, **kwargs: Any) -> Any:
    return _real("whoosh.lang.morph_en").variations(*args, **kwargs)


def _copyfileobj(*args: Any, **kwargs: Any) -> Any:
    return _real("shutil").copyfileobj(*args, **kwargs)


def _md5(*args: Any, **kwargs: Any) -> Any:
    try:
        built_in = importlib.import_module("_md5")  # the same digest as hashlib's OpenSSL one
    except ImportError:
        return _real("hashlib").md5(*args, **kwargs)
    return built_in.md5(*args, **kwargs)


_CO_COROUTINE = 0x80  # inspect.CO_COROUTINE: the code flag of an `async def` function


def _iscoroutinefunction(function: Callable[..., Any]) -> bool:
    asyncio = sys.modules.get("asyncio")
    if asyncio is not None and not isinstance(asyncio, _StandIn):
        return bool(asyncio.iscoroutinefunction(function))
    code = getattr(getattr(function, "__func__", function), "__code__", None)
    return bool(code is not None and code.co_flags & _CO_COROUTINE)


def _cleandoc(text: str) -> str:
    """inspect.cleandoc: on one line without tabs, it only strips the line's leading whitespace."""
    if "\n" in text or "\t" in text:
        return str(_real("inspect").cleandoc(text))
    return text.lstrip()


@contextmanager
def inspect_deferred() -> Iterator[None]:
    """Within the block, `inspect` is a stand-in unless already imported.

    click and dataclasses import `inspect` (with `ast`, `dis` and `tokenize`: ~5 ms of a query)
    for functions a query never calls, except `cleandoc`, which click applies to every option's help
    at start-up, and which the stand-in answers itself for one-line help.
    """
    with _standing_in({"inspect": {"cleandoc": _cleandoc}}):
        yield


@contextmanager
def unused_modules_deferred() -> Iterator[None]:
    """Within the block, the modules named above are stand-ins unless already imported."""
    with _standing_in(
        {
            "urllib.request": {"urlretrieve": _urlretrieve},
            "asyncio": {"iscoroutinefunction": _iscoroutinefunction},
            "html": {"escape": _escape},
            "whoosh.lang.morph_en": {"variations": _variations},
            # Used only when writing, which a query never does.
            "tempfile": {},
            "shutil": {"copyfileobj": _copyfileobj},
            "hashlib": {"md5": _md5},
            "random": {},
        }
    ):
        yield


@contextmanager
def _standing_in(stand_ins: dict[str, dict[str, Any]]) -> Iterator[None]:
    placed = []
    for name, cheap in stand_ins.items():
        if name not in sys.modules:
            sys.modules[name] = _StandIn(name, cheap)
            placed.append(name)
    try:
        yield
    finally:
        for name in placed:
            if isinstance(sys.modules.get(name), _StandIn):
                del sys.modules[name]
