"""The committed output/ is exactly what `kg build seeds -o output` produces now."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import kg

ROOT = Path(__file__).resolve().parent.parent


def _tree(d: Path) -> dict[str, str]:
    """Output files by path; hidden folders (the page cache OUT/.cache) are not outputs."""
    return {str(p.relative_to(d)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(d.rglob("*"))
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(d).parts)}


@pytest.mark.slow
def test_output_committed_matches_a_fresh_build(tmp_path, monkeypatch):
    if not (ROOT / "output" / "build.json").exists():
        pytest.skip("output/ not built in this checkout")
    monkeypatch.chdir(ROOT)  # build.json records input paths as given: "seeds/…"
    kg.build(["seeds"], out_dir=tmp_path)
    fresh, committed = _tree(tmp_path), _tree(ROOT / "output")
    stale = sorted(k for k in fresh.keys() | committed.keys() if fresh.get(k) != committed.get(k))
    assert not stale, f"output/ is stale, rebuild with `kg build seeds -o output`: {stale}"


def test_output_two_builds_are_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    kg.build([str(ROOT / "seeds")], out_dir=a)
    kg.build([str(ROOT / "seeds")], out_dir=b)
    assert _tree(a) == _tree(b)
    assert len(_tree(a)) >= 13
