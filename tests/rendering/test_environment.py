"""Compiled templates kept between builds: on disk, checked against their source,
and never a reason for a build to fail."""

from __future__ import annotations

from jinja2 import Environment, FileSystemLoader

from planwijzer.rendering import environment
from planwijzer.rendering.environment import MemoryBytecodeCache


def render_with(cache: MemoryBytecodeCache, templates, name: str = "t.j2") -> str:  # type: ignore[no-untyped-def]
    env = Environment(loader=FileSystemLoader(str(templates)), bytecode_cache=cache)
    return env.get_template(name).render(x="wereld")


def template_folder(tmp_path):  # type: ignore[no-untyped-def]
    templates = tmp_path / "sjablonen"
    templates.mkdir()
    (templates / "t.j2").write_text("Hallo {{ x }}", encoding="utf-8")
    return templates


def test_a_compiled_template_is_reused_by_the_next_build(tmp_path, monkeypatch):
    templates = template_folder(tmp_path)
    assert render_with(MemoryBytecodeCache(tmp_path / "cache"), templates) == "Hallo wereld"
    assert list((tmp_path / "cache").iterdir()), "nothing kept on disk"

    def no_compiling(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("compiled again")

    monkeypatch.setattr(Environment, "compile", no_compiling)
    assert render_with(MemoryBytecodeCache(tmp_path / "cache"), templates) == "Hallo wereld"


def test_a_changed_template_is_compiled_again(tmp_path):
    templates = template_folder(tmp_path)
    render_with(MemoryBytecodeCache(tmp_path / "cache"), templates)
    (templates / "t.j2").write_text("Dag {{ x }}", encoding="utf-8")
    assert render_with(MemoryBytecodeCache(tmp_path / "cache"), templates) == "Dag wereld"


def test_a_damaged_or_unwritable_cache_is_not_an_error(tmp_path):
    templates = template_folder(tmp_path)
    render_with(MemoryBytecodeCache(tmp_path / "cache"), templates)
    for entry in (tmp_path / "cache").iterdir():
        entry.write_bytes(b"kapot")
    assert render_with(MemoryBytecodeCache(tmp_path / "cache"), templates) == "Hallo wereld"
    blocked = tmp_path / "bestand"
    blocked.write_text("geen map", encoding="utf-8")
    assert render_with(MemoryBytecodeCache(blocked / "cache"), templates) == "Hallo wereld"


def test_planwijzer_cache_0_keeps_nothing_on_disk(monkeypatch):
    monkeypatch.setenv("PLANWIJZER_CACHE", "0")
    assert environment.compiled_cache_folder() is None
