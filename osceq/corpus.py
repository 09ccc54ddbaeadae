"""Reading a corpus: walking folders, decoding files, and reading JSON Lines records."""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from osceq.errors import CorpusError

if TYPE_CHECKING:
    from osceq.models import Document

__all__ = ["CorpusError"]

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm")  # saved web pages: their article text is read (osceq.html_pages)
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CORPUS_HINT = "give a folder of .txt/.md/.html files or a .jsonl file"
MAX_FILE_BYTES = 16 * 1024 * 1024  # larger files are skipped: nobody's article is 16 MB of prose

SkipReporter = Callable[[str, str], None]  # (path, reason)


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file of the corpus, with what tells whether it changed since it was indexed."""

    path: str  # absolute
    relative: str  # posix path relative to the corpus root
    size: int
    mtime_ns: int

    @property
    def stamp(self) -> str:
        return f"{self.size}:{self.mtime_ns}"


def is_jsonl(path: Path) -> bool:
    """Whether path names a JSON Lines corpus file."""
    return path.suffix.lower() in JSONL_SUFFIXES


def is_html(path: str) -> bool:
    """Whether path names a saved web page."""
    return path.lower().endswith(HTML_SUFFIXES)


def own_folders() -> set[tuple[int, int]]:
    """(device, inode) of the folder of osceq's own cache, which is never part of a corpus."""
    from osceq.paths import cache_root

    try:
        stat = os.stat(cache_root())
    except OSError:
        return set()
    return {(stat.st_dev, stat.st_ino)}


_GENERATION = re.compile(r"gen-[0-9]{14}-\w+")


def is_osceq_folder(
    folder: str, names: Collection[str], key: tuple[int, int], own: set[tuple[int, int]]
) -> bool:
    """Whether a folder (holding `names`) is osceq's own: its cache, or an index folder (a `current`
    pointer or a `lock` beside `gen-*` generations, or the lock of a first build). An index kept inside
    its corpus must not index itself: its files change with every update."""
    if key in own:
        return True
    if "current" not in names and "lock" not in names:
        return False
    # Generations are named by the build's clock (`gen-20250612093000-x1y2`), and `current` is a
    # file: a user's folders `current/` and `gen-ai/` are no index.
    if any(_GENERATION.fullmatch(name) for name in names):
        return "lock" in names or os.path.isfile(os.path.join(folder, "current"))
    if "lock" in names:
        try:
            with open(os.path.join(folder, "lock"), "rb") as handle:
                return handle.read(10) == b"osceq pid "
        except OSError:
            return False
    return False


def scan(root: Path, on_skip: SkipReporter | None = None) -> list[SourceFile]:
    """The corpus files under root (a folder, a text file or a JSONL file), sorted by relative path.

    osceq's own folders (index folders, its cache) inside a corpus folder are left out."""
    if not root.exists():
        raise CorpusError(f"corpus not found: {root}", CORPUS_HINT)
    if root.is_file():
        stat = root.stat()
        return [SourceFile(str(root), root.name, stat.st_size, stat.st_mtime_ns)]
    found: list[SourceFile] = []
    seen_dirs: set[tuple[int, int]] = set()
    _walk(str(root), "", found, seen_dirs, on_skip, own_folders())
    found.sort(key=lambda f: f.relative)
    if not found and on_skip:
        others = _other_kinds(root)
        if others:
            kinds = ", ".join(f"{count} {suffix} file{'s' if count > 1 else ''}" for suffix, count in others)
            on_skip(str(root), f"no .txt, .md, .markdown, .text or .html file here, only {kinds}")
    return found


def _other_kinds(root: Path, limit: int = 10_000) -> list[tuple[str, int]]:
    """The commonest suffixes of the files under a folder with no article in it (a folder of saved
    web pages says why it gives no results); looks at no more than `limit` files."""
    counts: dict[str, int] = {}
    seen = 0
    for _, _, names in os.walk(root):
        for name in names:
            if not name.startswith("."):
                suffix = os.path.splitext(name)[1].lower() or "extensionless"
                counts[suffix] = counts.get(suffix, 0) + 1
                seen += 1
        if seen >= limit:
            break
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:3]


def _walk(
    folder: str,
    relative: str,
    found: list[SourceFile],
    seen: set[tuple[int, int]],
    on_skip: SkipReporter | None,
    own: set[tuple[int, int]],
) -> None:
    """Add the text files under folder; `relative` is its path from the corpus root ("" for the root).

    Paths are joined as strings: pathlib's relative_to was most of the cost of scanning a big corpus.
    """
    try:
        stat = os.stat(folder)
        key = (stat.st_dev, stat.st_ino)
        if key in seen:  # a symlink loop, or the same folder linked twice
            if on_skip:
                on_skip(folder, "folder already visited (symlink loop)")
            return
        seen.add(key)
        entries = list(os.scandir(folder))
    except OSError as error:
        if on_skip:
            on_skip(folder, f"cannot read folder: {error.strerror or error}")
        return
    if relative and is_osceq_folder(folder, {entry.name for entry in entries}, key, own):
        return
    for entry in sorted(entries, key=lambda e: e.name):
        if entry.name.startswith("."):
            continue
        try:
            if not is_utf8_name(entry.name):
                # Its id, path and manifest key could not be written as UTF-8 (the index, JSON).
                if on_skip and (entry.is_dir() or entry.name.lower().endswith(ARTICLE_SUFFIXES)):
                    on_skip(printable_path(entry.path), "its name is not valid UTF-8 (rename it to index it)")
            elif entry.is_dir():
                _walk(entry.path, f"{relative}{entry.name}/", found, seen, on_skip, own)
            elif entry.is_file() and entry.name.lower().endswith(ARTICLE_SUFFIXES):
                info = entry.stat()
                found.append(SourceFile(entry.path, relative + entry.name, info.st_size, info.st_mtime_ns))
        except OSError as error:
            if on_skip:
                on_skip(entry.path, f"cannot read: {error.strerror or error}")


def is_utf8_name(name: str) -> bool:
    """Whether a file name decoded from the file system is valid UTF-8 (not surrogate-escaped bytes)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def printable_path(path: str) -> str:
    """A path whose undecodable bytes are shown as escapes (`caf\\xe9.txt`), safe to print as UTF-8."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def decode(data: bytes, legacy: str = "cp1252") -> str:
    """Decode a file's bytes: BOMs honoured, then UTF-8, then the legacy encoding (a web page's
    declared charset, else Windows-1252) for a whole legacy file, or Windows-1252 for only the stray
    bytes of a UTF-8 one; raise ValueError for binary."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    marked = data.decode("utf-8", errors="replace")
    # A U+FFFD the file itself holds (as valid UTF-8) is a letter of it, not a stray byte.
    stray = marked.count("\ufffd") - data.count("\ufffd".encode())
    if stray > len(marked) - len(marked.encode("ascii", errors="ignore")) - stray:
        # More bad bytes than good UTF-8 letters: a legacy file; one C-speed pass reads it whole.
        return data.decode(legacy, errors="replace")
    return data.decode("utf-8", errors=_LEGACY_BYTES)


def _legacy_bytes(error: UnicodeError) -> tuple[str, int]:
    """Read bytes that are no UTF-8 as Windows-1252, which stray legacy news text almost always is.

    Byte by byte rather than the whole file: one bad byte in a UTF-8 article (a pasted paragraph, a
    truncated download) must not turn every curly quote of it into mojibake. A Windows-1252 file is
    read the same either way, since its accents and quote marks are no valid UTF-8.
    """
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


_LEGACY_BYTES = "osceq-windows-1252"
codecs.register_error(_LEGACY_BYTES, _legacy_bytes)


_LONE_CARRIAGE_RETURN = re.compile(r"\r(?!\n)")


def old_mac_line_ends(text: str) -> str:
    """A lone carriage return (old Mac files, some exports) as the line break it is; the text keeps
    its length, so offsets into it stay true. Windows' \r\n is left alone."""
    return _LONE_CARRIAGE_RETURN.sub("\n", text) if "\r" in text else text


def document_id(relative: str, taken: set[str]) -> str:
    """A short stable id: the relative path without its suffix, unless another file already has it."""
    stem = relative.rsplit(".", 1)[0] if "." in relative.rsplit("/", 1)[-1] else relative
    ident = stem if stem not in taken else relative
    taken.add(ident)
    return ident


def read_text_file(source: SourceFile, ident: str) -> Document:
    """Read and decode one text file as a document; raises ValueError or OSError when it cannot."""
    if source.size > MAX_FILE_BYTES:
        raise ValueError(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    with open(source.path, "rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    html = is_html(source.path)
    if html:
        from osceq.html_pages import declared_charset, read_page
    text = old_mac_line_ends(decode(data, declared_charset(data) if html else "cp1252"))
    if not text.strip():
        raise ValueError("empty file")
    from osceq.models import Document  # not at import: a query's staleness check only scans

    if html:
        page = read_page(text)
        if not page.text:
            raise ValueError("no article text in this page (no paragraphs outside scripts and navigation)")
        meta = {"date": page.date} if page.date else {}
        return Document(id=ident, path=source.path, text=page.text, title=page.title, meta=meta)
    return Document(id=ident, path=source.path, text=text)


def document_from_record(record: dict[str, Any], path: str, line_number: int) -> Document:
    """A document from one JSON Lines record {"id", "title", "date", "text", "source", "url"}."""
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError('record has no "text" string')
    ident = record.get("id")
    from osceq.models import Document

    return Document(
        id=_without_lone_surrogates(str(ident)) if ident not in (None, "") else f"line-{line_number}",
        path=path,
        text=old_mac_line_ends(_without_lone_surrogates(text)),
        title=_optional_string(record.get("title")),
        date=_optional_string(record.get("date")),
        source=_optional_string(record.get("source") or record.get("publisher")),
        url=_optional_string(record.get("url")),
    )


def _optional_string(value: Any) -> str | None:
    return _without_lone_surrogates(str(value)) if value not in (None, "") else None


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(text: str) -> str:
    """JSON may escape half of an emoji (`"\\ud83d"`), which no UTF-8 output can write: it becomes the
    replacement character, one for one, so offsets stay true."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def read_jsonl(path: str, on_skip: SkipReporter | None = None) -> Iterator[Document]:
    """Documents from a JSON Lines file, skipping (and reporting) lines that are not usable records."""
    seen: set[str] = set()
    with open(path, "rb") as handle:
        for line_number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(decode(raw))
                if not isinstance(record, dict):
                    raise ValueError("not a JSON object")
                document = document_from_record(record, path, line_number)
            except ValueError as error:
                if on_skip:
                    on_skip(f"{path}:{line_number}", str(error))
                continue
            if document.id in seen:
                if on_skip:
                    on_skip(f"{path}:{line_number}", f"duplicate id {document.id!r}")
                continue
            seen.add(document.id)
            yield document


def read_documents(root: Path, on_skip: SkipReporter | None = None) -> Iterator[Document]:
    """Every readable document of a corpus, in a stable order; unreadable files are reported and skipped."""
    if root.is_file() and is_jsonl(root):
        yield from read_jsonl(str(root), on_skip)
        return
    taken: set[str] = set()
    for source in scan(root, on_skip):
        ident = document_id(source.relative, taken)
        try:
            yield read_text_file(source, ident)
        except (OSError, ValueError) as error:
            if on_skip:
                on_skip(source.path, str(error))
