"""A quick look for damage in a generation's Whoosh files, made by `osceq index` before it updates.

Queries do not look: a damaged file surfaces when a query reads it, with a hint to run `osceq index`,
which finds the damage here (a few bytes read per segment, never a segment read whole) and rebuilds.
"""

from __future__ import annotations

import os
import struct
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
