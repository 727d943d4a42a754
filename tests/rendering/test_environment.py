"""Compiled templates kept between builds: on disk, checked against their source,
and never a reason for a build to fail."""

from __future__ import annotations

import re
from pathlib import Path

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


def _words_as_written(template: str) -> list[str]:
    """The words a template writes itself: outside {{ }}, {% %}, {# #}, {% trans %},
    tags, styles and scripts (and a page's kind, an identifier)."""
    text = re.sub(r"\{#.*?#\}", " ", template, flags=re.S)
    text = re.sub(r"\{%-?\s*block kind\s*-?%\}.*?\{%-?\s*endblock\s*-?%\}", " ", text)
    text = re.sub(r"\{%-?\s*trans\b.*?\{%-?\s*endtrans\s*-?%\}", " ", text, flags=re.S)
    text = re.sub(r"<(style|script)\b.*?</\1>", " ", text, flags=re.S)
    text = re.sub(r"\{\{.*?\}\}|\{%.*?%\}", " ", text, flags=re.S)
    text = re.sub(r"<[^>]*>", " ", text, flags=re.S)
    return re.findall(r"[^\W\d_]{2,}", text)  # not an id's letter ('-k-')


def test_no_template_writes_a_word_of_its_own():
    """Every word of a page comes from the catalogue ({{ _() }}, {% trans %}): a word
    written in a template ('(deel 1 van 2)' in the PDF) would be Dutch on a French page."""
    package = Path(environment.__file__).parents[1]
    found = {}
    for path in sorted(package.rglob("*")):
        if path.suffix in (".j2", ".html") and ("templates" in path.parts or "theme" in path.parts):
            words = _words_as_written(path.read_text(encoding="utf-8"))
            if set(words) - {"Material", "for", "MkDocs"}:  # a name
                found[str(path.relative_to(package))] = words
    assert found == {}


def test_a_word_in_a_template_is_one_call_and_reads_as_jinjas_own(monkeypatch):
    """_('...') as Jinja's newstyle gettext gives it (escaped, '%%' read, always
    formatted), in one call instead of three: an action page says fifteen of them."""
    from jinja2.runtime import Context

    from planwijzer.shared.interface import speaking

    source = '{{ _("Periode") }}|{{ _("%(n)s van %(m)s", n="<b>", m=3) }}|{{ _("100%%") }}'
    ours = environment.make_environment([])
    jinjas = Environment(autoescape=True, extensions=["jinja2.ext.i18n"])
    jinjas.install_gettext_callables(  # type: ignore[attr-defined]
        environment.interface.gettext, environment.interface.ngettext, newstyle=True
    )
    with speaking("fr"):
        expected = jinjas.from_string(source).render()
        calls: list = []
        call = Context.call
        monkeypatch.setattr(Context, "call", lambda *a, **k: calls.append(a[1]) or call(*a, **k))
        assert ours.from_string(source).render() == expected
    assert expected.startswith("Période|&lt;b&gt; ") and expected.endswith("|100%")
    assert len(calls) == 3  # one per word


def test_compiled_templates_of_another_planwijzer_are_kept_apart(monkeypatch, tmp_path):
    # Compiled code depends on how filters are declared, not only on a template's source.
    monkeypatch.delenv("PLANWIJZER_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = environment.compiled_cache_folder()
    assert folder is not None and folder.parent == tmp_path / "planwijzer" / "sjablonen"
    monkeypatch.setattr(environment.jinja2, "__version__", "0.0-anders")
    assert environment.compiled_cache_folder() != folder
