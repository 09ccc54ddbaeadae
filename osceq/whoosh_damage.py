"""Damage in a generation's Whoosh files: a quick look made by `osceq index` before it updates, and
what tells an error met while reading the index from a bug.

Queries do not look: a damaged file surfaces when a query reads it, with a hint to run `osceq index
--rebuild`. `osceq index` finds here only what a few bytes per segment show (a file cut short, never a
segment read whole); damage inside a file of the right size is found by the query that reads it.
"""

from __future__ import annotations

import os
import pickle
import struct
import zlib
from pathlib import Path

_COMPOUND_HEADER = struct.Struct("!qi")  # where a compound segment's directory starts, and its length


def find_damage(folder: Path) -> str | None:
    """What is wrong with the Whoosh files of a generation folder, or None when nothing shows.

    Each compound segment file (`.seg`) begins with the position and length of the directory that
    ends it, so a file cut short (a full disk, a copy interrupted) is told by its size alone.
    """
    from whoosh import index as whoosh_index
    from whoosh.filedb.filestore import FileStorage

    storage = FileStorage(str(folder))
    try:
        toc = whoosh_index.TOC.read(storage, "MAIN")
    except Exception:  # whoosh raises many kinds of errors on a damaged table of contents
        return "its table of contents cannot be read"
    names = set(storage.list())
    for segment in toc.segments:
        if not segment.is_compound():
            if not any(name.startswith(f"{segment.segment_id()}.") for name in names):
                return f"the files of segment {segment.segment_id()} are missing"
            continue
        name = segment.make_filename(".seg")
        problem = _compound_file_problem(folder / name)
        if problem:
            return f"{name} {problem}"
    return None


def _compound_file_problem(path: Path) -> str | None:
    try:
        with open(path, "rb") as handle:
            header = handle.read(_COMPOUND_HEADER.size)
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        return "is missing"
    except OSError as error:
        return f"cannot be read ({error.strerror})"
    if len(header) < _COMPOUND_HEADER.size:
        return "is cut short"
    directory_start, directory_length = _COMPOUND_HEADER.unpack(header)
    if directory_start + directory_length != size:
        return "is cut short" if size < directory_start + directory_length else "has the wrong size"
    return None


# What Whoosh's readers raise on bytes that are not what they wrote: decoders' errors, Whoosh's own
# file errors, and the plain Exception of a bad block tag. A TypeError or AttributeError is a bug
# wherever it is raised.
_READ_ERRORS = (EOFError, struct.error, zlib.error, UnicodeDecodeError, pickle.UnpicklingError, IndexError)
_WHOOSH_READ_ERRORS = frozenset({"FileFormatError", "FileVersionError", "TermNotFound"})


def is_damage_error(error: BaseException) -> bool:
    """Whether an error met while answering a query comes from damaged index files: an error of the
    kinds a reader raises on bad bytes, raised by Whoosh's code (or osceq's replacements of some of
    its readers, osceq/whoosh_reads.py), not by the rest of osceq."""
    kind = type(error)
    own = kind.__module__.startswith("whoosh.") and kind.__name__ in _WHOOSH_READ_ERRORS
    if not (own or kind is Exception or isinstance(error, _READ_ERRORS)):
        return False
    traceback = error.__traceback__
    if traceback is None:
        return False
    while traceback.tb_next is not None:  # the innermost Python frame: where it was raised
        traceback = traceback.tb_next
    module = str(traceback.tb_frame.f_globals.get("__name__", ""))
    return module.startswith(_INDEX_READERS)


# Modules that read the index's bytes: Whoosh, osceq's replacements of some of its readers, and the
# query columns that decode stored values (a flipped byte there is a UnicodeDecodeError).
_INDEX_READERS = ("whoosh.", "osceq.whoosh_", "osceq.query.columns")
