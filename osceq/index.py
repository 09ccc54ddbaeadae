"""THE index: one Whoosh schema (with its version), and opening, locking and writing it safely.

On disk an index folder holds generations: `current` names the live generation folder, which holds
the Whoosh files plus the manifest, `state.json` and `files.json` (what was indexed, from which file
stamps). A full build writes a new generation and switches `current` atomically, so readers never
see a half-built index; updates go through Whoosh's own atomic commits, and the manifest is written
after the commit it describes.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from osceq import __version__
from osceq.deferred import unused_modules_deferred
from osceq.errors import IndexProblem, IndexUnwritable

# The first import of Whoosh in a process happens here (osceq.query imports this module first).
with unused_modules_deferred():
    import whoosh.filedb.compound
    import whoosh.query
    import whoosh.reading
    import whoosh.searching  # noqa: F401
    from whoosh import columns
    from whoosh import index as whoosh_index
    from whoosh.analysis import (
        CharsetFilter,
        LowercaseFilter,
        RegexTokenizer,
        StemFilter,
        StopFilter,
    )
    from whoosh.fields import COLUMN, DATETIME, ID, KEYWORD, STORED, TEXT, Schema
    from whoosh.filedb.filestore import FileStorage
    from whoosh.support.charset import accent_map

    from osceq import whoosh_reads  # noqa: F401  (installs the faster read paths)


SCHEMA_VERSION = 10  # bump whenever the fields below or the meaning of a record changes

KIND_ARTICLE = "article"
KIND_QUOTE = "quote"
KIND_EVENT = "event"

_TOKENS = r"[^\W_]+"
# Words are folded (case, diacritics) and stemmed, so "Cooperate" finds "cooperation"; function words
# are dropped (fewer postings to write, and "the" alone is not a query).
TEXT_ANALYZER = (
    RegexTokenizer(_TOKENS) | LowercaseFilter() | StopFilter() | CharsetFilter(accent_map) | StemFilter()
)
# Names are folded but never stemmed: "speaker:schmid", "speaker:valtonen".
NAME_ANALYZER = RegexTokenizer(_TOKENS) | LowercaseFilter() | CharsetFilter(accent_map)
_TOKEN_PATTERN = re.compile(_TOKENS)


def name_words(text: str) -> list[str]:
    """The words NAME_ANALYZER makes of text, without its token objects (several times faster)."""
    return [word.lower().translate(accent_map) for word in _TOKEN_PATTERN.findall(text)]


def _int_column() -> COLUMN:
    return COLUMN(columns.NumericColumn("i", default=0))


def build_schema() -> Schema:
    """The one schema: articles, quotes and dated events are documents told apart by `kind`.

    Only articles and quotes have analysed text; an event is a few columns and its stored record,
    because events outnumber articles several times and Whoosh's cost is per analysed word.
    """
    return Schema(
        kind=ID(stored=True, sortable=columns.RefBytesColumn()),  # a column too: kinds read in bulk
        doc=ID(stored=True, sortable=True),
        title=TEXT(analyzer=TEXT_ANALYZER, field_boost=2.0),  # articles
        body=TEXT(analyzer=TEXT_ANALYZER),  # an article's body paragraphs, or a quote's words
        captions=TEXT(analyzer=TEXT_ANALYZER, field_boost=0.5),  # articles
        speaker=TEXT(analyzer=NAME_ANALYZER),  # names and roles of the speaker(s), for `speaker:x`
        speaker_name=KEYWORD(commas=True, lowercase=False, scorable=False),  # exact canonical names
        quote_kind=ID,  # quotes: direct or partial
        attributed=ID,  # quotes: "yes" or "no"
        date=DATETIME,  # articles: the article's date, for `date:[2010 to 2011]` in a search
        day=_int_column(),  # first day the record covers, as a proleptic ordinal (0: no date)
        day_end=_int_column(),  # last day covered
        position=_int_column(),  # offset in the article, for a total order
        starts=ID,  # events: first day as a zero-padded ordinal; walking its terms is walking in time
        periods=KEYWORD(scorable=False),  # events: "y1987 m1987-03 d1987-03-02", periods holding them
        record=STORED,  # the record's JSON-able dict, as the query layer returns it
        text=STORED,  # articles: the full text, for snippets
    )


YEARS_SPAN_LIMIT = 30  # a date filter's score counts only the two end years of a longer interval


def speaker_term(name: str) -> str:
    """A speaker's name as one term of the comma-separated `speaker_name` field: its own commas
    (`Smith, Jones and Brown`) would split it, so they become spaces, alike when stored and asked."""
    return name.replace(",", " ")


def start_term(day: date) -> str:
    """The `starts` term of a day: a zero-padded ordinal, so term order is date order."""
    return f"{day.toordinal():07d}"


@dataclass
class Manifest:
    """What a generation of the index holds: each source's stamp and document id.

    Stored as two files: `state.json` (small: read before every query) and `files.json` (one entry
    per source: read only to find what changed).
    """

    schema: int
    corpus: str
    # the osceq release that extracted the records: a new release may find other quotes and dates
    version: str = __version__
    generation: int = -1  # the Whoosh generation this manifest describes
    # source (relative path, or "#id" of a JSON Lines record) -> [stamp, document id ("": skipped)]
    files: dict[str, list[str]] = field(default_factory=dict)
    folders: dict[str, int] = field(default_factory=dict)  # folder -> mtime_ns, for the quick check
    built: str = ""
    count: int = 0  # how many sources `files` holds (known without reading it)

    def is_current(self) -> bool:
        """Whether this index was written with the schema and the extractor this osceq has."""
        return self.schema == SCHEMA_VERSION and self.version == __version__

    def state_json(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "version": self.version,
            "corpus": self.corpus,
            "generation": self.generation,
            "built": self.built,
            "folders": self.folders,
            "count": len(self.files),
        }

    @classmethod
    def from_state(cls, data: dict[str, Any]) -> Manifest:
        return cls(
            schema=int(data.get("schema", 0)),
            version=str(data.get("version", "")),
            corpus=str(data.get("corpus", "")),
            generation=int(data.get("generation", -1)),
            folders={str(k): int(v) for k, v in dict(data.get("folders", {})).items()},
            built=str(data.get("built", "")),
            count=int(data.get("count", 0)),
        )


def _remove_folder(folder: Path) -> None:
    import shutil  # only writers remove folders: queries don't pay for its import (bz2, lzma...)

    shutil.rmtree(folder, ignore_errors=True)


def _write_json_atomically(path: Path, data: Any) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


class IndexStore:
    """An index folder: its generations, lock, manifest and Whoosh index."""

    def __init__(self, root: Path) -> None:
        self.root = root

    # -- reading ---------------------------------------------------------------------------------
    def generation_dir(self) -> Path | None:
        """The live generation folder, or None when nothing was ever built here."""
        try:
            name = (self.root / "current").read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise IndexProblem(f"cannot read the index at {self.root}: {error.strerror}") from error
        folder = self.root / name
        return folder if name and folder.is_dir() else None

    def manifest(self, with_files: bool = True) -> Manifest | None:
        """The live generation's manifest (its file table only when asked), or None when unusable."""
        folder = self.generation_dir()
        if folder is None:
            return None
        try:
            manifest = Manifest.from_state(json.loads((folder / "state.json").read_text(encoding="utf-8")))
            if with_files:
                data = json.loads((folder / "files.json").read_text(encoding="utf-8"))
                if data.get("generation") != manifest.generation:
                    return None  # written by different runs (one was cut off between the two files)
                manifest.files = {str(k): list(v) for k, v in dict(data["files"]).items()}
            return manifest
        except (OSError, ValueError, TypeError, AttributeError, KeyError):
            return None

    def open(self) -> Any:
        """Open the live Whoosh index for reading; a damaged one is reported, never a traceback."""
        folder = self.generation_dir()
        if folder is None:
            raise IndexProblem(f"no index at {self.root}", "run: osceq index PATH")
        try:
            # Without mmap a cold query reads only what it needs: much faster and smaller (WHOOSH.md).
            return FileStorage(str(folder), supports_mmap=False).open_index()
        except Exception as error:  # whoosh raises many kinds of errors on damaged files
            raise IndexProblem(
                f"the index at {self.root} is damaged ({type(error).__name__})",
                f"run: osceq index --index {self.root}",
            ) from error

    def whoosh_generation(self, folder: Path) -> int:
        """The latest committed Whoosh generation in a folder (-1 when none)."""
        return int(whoosh_index.TOC._latest_generation(FileStorage(str(folder)), "MAIN"))

    # -- locking ---------------------------------------------------------------------------------
    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the index's write lock; raise IndexProblem at once when another process holds it.

        An flock is released by the kernel when its process dies, so a crash never leaves it stale.
        """
        self._make_root()
        try:
            handle = open(self.root / "lock", "a+", encoding="utf-8")  # noqa: SIM115 - held across yield
        except OSError as error:  # a read-only index, or a folder that is no index (/proc)
            raise write_failure(self.root, error) from error
        try:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as error:
                if error.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise
                handle.seek(0)
                holder = handle.read().strip() or "another process"
                raise IndexUnwritable(
                    f"the index at {self.root} is being updated by {holder}",
                    "wait for it to finish, then try again",
                ) from error
            handle.seek(0)
            handle.truncate()
            handle.write(f"osceq pid {os.getpid()}")
            handle.flush()
            yield
        finally:
            handle.close()

    def lock_holder(self) -> str | None:
        """Who holds the write lock ("osceq pid N"), or None when nobody does (or it cannot be told)."""
        try:
            handle = open(self.root / "lock", encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError:
            return None
        with handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
            except OSError as error:
                if error.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    return None
                return handle.read().strip() or "another process"
            return None

    def _make_root(self) -> None:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise IndexProblem(f"cannot create the index folder {self.root}: {error.strerror}") from error

    # -- writing (callers hold the lock) -----------------------------------------------------------
    def new_generation(self) -> tuple[Path, Any]:
        """Create an empty generation folder with a fresh Whoosh index in it."""
        self._make_root()
        try:
            import tempfile  # here, not at the top: queries never make a generation

            folder = Path(tempfile.mkdtemp(prefix=f"gen-{time.strftime('%Y%m%d%H%M%S')}-", dir=self.root))
        except OSError as error:
            raise write_failure(self.root, error) from error
        try:
            return folder, FileStorage(str(folder)).create_index(build_schema())
        except OSError as error:
            _remove_folder(folder)
            raise write_failure(self.root, error) from error

    def write_manifest(self, folder: Path, manifest: Manifest) -> None:
        """Record what a generation holds; written after the Whoosh commit it describes."""
        manifest.generation = self.whoosh_generation(folder)
        manifest.built = datetime.now().astimezone().isoformat(timespec="seconds")
        try:
            _write_json_atomically(
                folder / "files.json", {"generation": manifest.generation, "files": manifest.files}
            )
            _write_json_atomically(folder / "state.json", manifest.state_json())
        except OSError as error:
            raise write_failure(self.root, error) from error

    def publish(self, folder: Path) -> None:
        """Make a generation live in one atomic step, then remove the older generations."""
        pointer = self.root / ".current.tmp"
        try:
            pointer.write_text(folder.name + "\n", encoding="utf-8")
            os.replace(pointer, self.root / "current")
        except OSError as error:
            raise write_failure(self.root, error) from error
        self.remove_stale_generations(keep=folder)

    def remove_stale_generations(self, keep: Path | None) -> None:
        """Delete generation folders that are not live (left by rebuilds or interrupted runs)."""
        live = keep or self.generation_dir()
        for child in self.root.glob("gen-*"):
            if live is None or child.resolve() != live.resolve():
                _remove_folder(child)


def another_corpus(root: Path, corpus: str) -> IndexProblem:
    """The refusal to use (or replace) an index built from another corpus than the one asked for."""
    return IndexProblem(
        f"the index at {root} belongs to another corpus ({corpus})",
        "use another --index DIR, or rebuild it: osceq index PATH --index DIR --rebuild",
    )


def write_failure(root: Path, error: OSError) -> IndexProblem:
    """The error to report for a failed write into the index at root."""
    if error.errno == errno.ENOSPC:
        return IndexProblem(f"no space left on the disk of {root}", "free some space or use --index DIR")
    reason = error.strerror or str(error)
    reason = reason[:1].lower() + reason[1:]  # "permission denied", within the sentence
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return IndexUnwritable(f"cannot write the index at {root}: {reason}", "use --index DIR")
    return IndexProblem(f"cannot write the index at {root}: {reason}")
