"""Whoosh is imported without urllib.request, asyncio, html, its English morphology, shutil, tempfile,
random and hashlib, click and dataclasses without inspect, and each still works when really needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

CHECK = """
import sys
import osceq.index
assert "urllib.request" not in sys.modules and "asyncio" not in sys.modules, "deferred"
assert "html" not in sys.modules and "whoosh.lang.morph_en" not in sys.modules, "deferred"
for name in ("shutil", "tempfile", "random", "bz2", "lzma", "hashlib"):
    assert name not in sys.modules, name

# Term lookups hash with the built-in MD5: the same hashes as hashlib's.
import whoosh.filedb.filetables as tables
hashes = [tables.md5_hash(key) for key in (b"", b"harbour", "Zürich".encode())]
from osceq.paths import default_index_for
from pathlib import Path
index_name = default_index_for(Path("/some/corpus")).name
assert "hashlib" not in sys.modules

import hashlib
assert hashes == [int(hashlib.md5(k).hexdigest(), 16) & 0xFFFFFFFF for k in (b"", b"harbour", "Zürich".encode())]
expected_digest = hashlib.sha256(str(Path("/some/corpus").resolve()).encode()).hexdigest()[:12]
assert index_name == "corpus-" + expected_digest, index_name

import cached_property, whoosh.compat
async def coroutine(): pass
def plain(): pass
assert cached_property.asyncio.iscoroutinefunction(coroutine)
assert not cached_property.asyncio.iscoroutinefunction(plain)

# Whoosh's urlretrieve still works: it loads the real one when called.
target = sys.argv[2]
whoosh.compat.urlretrieve("file://" + sys.argv[1], target)
assert open(target).read() == "hello"

# Escaping and word variations load the real functions when called.
import whoosh.query.terms
assert whoosh.compat.htmlescape("<a & b>") == "&lt;a &amp; b&gt;"
assert "rendering" in whoosh.query.terms.variations("render")
from whoosh.lang.morph_en import variations
assert type(sys.modules["whoosh.lang.morph_en"]).__name__ == "module"
assert variations("render") == whoosh.query.terms.variations("render")

# Whoosh's writing paths get the real copyfileobj, temporary names and random names.
import io, whoosh.filedb.compound, whoosh.filedb.filestore, whoosh.util
copied = io.BytesIO()
whoosh.filedb.compound.copyfileobj(io.BytesIO(b"segment"), copied)
assert copied.getvalue() == b"segment"
assert len(whoosh.util.random_name(12)) == 12
assert whoosh.filedb.filestore.tempfile.gettempdir()

# Any later import gets the real modules.
import asyncio, urllib.request, html, html.entities
assert html.escape("<") == "&lt;" and html.entities.html5
assert type(asyncio).__name__ == "module" and hasattr(asyncio, "run")
assert urllib.request.urlopen
assert asyncio.run(asyncio.sleep(0, result=7)) == 7
import shutil, tempfile, random
assert all(type(module).__name__ == "module" for module in (shutil, tempfile, random))
assert shutil.rmtree and tempfile.mkdtemp and 0 <= random.random() < 1
print("ok")
"""


def test_whoosh_imports_without_the_unused_modules_and_they_still_work(tmp_path: Path) -> None:
    source = tmp_path / "source.txt"
    source.write_text("hello", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", CHECK, str(source), str(tmp_path / "copy.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_a_module_imported_before_is_left_alone() -> None:
    code = "import asyncio, sys, osceq.index; assert type(sys.modules['asyncio']).__name__ == 'module'; print('ok')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stdout.strip() == "ok", done.stderr


INSPECT_CHECK = """
import sys
import osceq.cli
assert "inspect" not in sys.modules, "inspect imported"
for name in ("ast", "dis", "tokenize"):
    assert name not in sys.modules, name

# A dataclass without a docstring gets its signature from the real inspect, loaded on demand.
import dataclasses
@dataclasses.dataclass
class Point:
    x: int
assert Point.__doc__ == "Point(x: int)", Point.__doc__

# click's help output, which cleans multi-line docstrings, is what the real inspect makes of them.
from click.testing import CliRunner
result = CliRunner().invoke(osceq.cli.cli, ["search", "--help"])
assert result.exit_code == 0 and "Usage:" in result.output, result.output
print("ok")
"""


def test_click_and_dataclasses_are_imported_without_inspect_and_it_loads_when_used() -> None:
    done = subprocess.run([sys.executable, "-c", INSPECT_CHECK], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


one_line = st.text(st.characters(blacklist_characters="\n\t\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"))


@given(st.one_of(one_line, st.text()))
def test_the_stand_in_cleandoc_is_inspect_cleandoc(text: str) -> None:
    import inspect

    from osceq.deferred import _cleandoc

    assert _cleandoc(text) == inspect.cleandoc(text)
