"""mkdocs.yml read as plain data, without MkDocs: what it says, in MkDocs' form."""

from __future__ import annotations

import pytest

from planwijzer.loading.site_file import (
    PythonName,
    SiteFileError,
    check_site_file,
    read_site_file,
    site_file,
)
from planwijzer.shared.problems import Report, Severity

FULL = """\
site_name: Meerjarenplan
site_url: https://plan.example.be
docs_dir: paginas
repo_url: https://github.com/org/plan
theme:
  name: material
  language: fr
  custom_dir: eigen
extra:
  analytics: false
plugins:
  - search:
      lang: nl
  - planwijzer:
      bron_url: https://example.be/{bestand}
  - macros
markdown_extensions:
  - toc:
      permalink: false
  - attr_list
  - admonition:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
  - pymdownx.snippets:
      base_path: !relative $config_dir
nav:
  - Start: index.md
  - over.md
"""


def _write(tmp_path, text):
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    return tmp_path


def test_every_answer_in_the_form_mkdocs_gives_it(tmp_path):
    settings = read_site_file(_write(tmp_path, FULL))
    assert settings.site_name == "Meerjarenplan"
    assert settings.site_url == "https://plan.example.be/"
    assert settings.docs_dir == (tmp_path / "paginas").absolute()
    assert settings.custom_dir == (tmp_path / "eigen").absolute()
    assert (settings.theme_name, settings.theme_language) == ("material", "fr")
    assert settings.extra == {"analytics": False}
    assert settings.repo_url == "https://github.com/org/plan"
    assert settings.edit_uri == "edit/master/docs/"  # MkDocs' default for GitHub
    assert settings.nav == [{"Start": "index.md"}, "over.md"]
    assert list(settings.plugins) == ["search", "planwijzer", "macros"]
    assert settings.planwijzer == {"data_dir": "data", "bron_url": "https://example.be/{bestand}"}
    # MkDocs' three built-in extensions first, a configured one not twice, no empty config.
    assert settings.markdown_extensions == [
        "toc",
        "tables",
        "fenced_code",
        "attr_list",
        "admonition",
        "pymdownx.emoji",
        "pymdownx.snippets",
    ]
    configs = settings.mdx_configs
    assert list(configs) == ["toc", "pymdownx.emoji", "pymdownx.snippets"]
    index = configs["pymdownx.emoji"]["emoji_index"]
    assert isinstance(index, PythonName) and index == "material.extensions.emoji.twemoji"
    assert configs["pymdownx.snippets"]["base_path"] == "$config_dir"


def test_the_same_answers_as_mkdocs_itself(tmp_path):
    from mkdocs.config import load_config  # the adapter's engine: only to compare with

    text = "\n".join(line for line in FULL.split("\n") if "!" not in line and "eigen" not in line)
    folder = _write(tmp_path, text.replace("  - macros\n", "").replace("planwijzer:", "search:"))
    (folder / "paginas").mkdir()
    config = load_config(str(folder / "mkdocs.yml"))
    settings = read_site_file(folder)
    assert settings.markdown_extensions == config.markdown_extensions
    assert settings.mdx_configs == config.mdx_configs
    assert settings.site_url == config.site_url
    assert settings.edit_uri == config.edit_uri
    assert str(settings.docs_dir) == config.docs_dir
    assert settings.nav == config.nav


def test_env_is_resolved_as_mkdocs_resolves_it(tmp_path, monkeypatch):
    monkeypatch.setenv("PLAN_ADRES", "https://uit.env.be/")
    text = "site_url: !ENV PLAN_ADRES\nsite_name: !ENV [GEEN_NAAM, Standaard]\n"
    settings = read_site_file(_write(tmp_path, text))
    assert (settings.site_url, settings.site_name) == ("https://uit.env.be/", "Standaard")


def test_inherit_is_followed_and_the_plan_s_own_settings_win(tmp_path):
    (tmp_path / "basis.yml").write_text(
        "site_name: Basis\ntheme:\n  name: material\n  language: nl\n", encoding="utf-8"
    )
    settings = read_site_file(_write(tmp_path, "INHERIT: basis.yml\ntheme:\n  language: fr\n"))
    assert settings.site_name == "Basis"
    assert settings.theme == {"name": "material", "language": "fr"}


def test_defaults_without_settings(tmp_path):
    settings = read_site_file(_write(tmp_path, "# leeg\n"))
    assert settings.docs_dir == (tmp_path / "docs").absolute()
    assert settings.site_url is None and settings.nav is None and settings.edit_uri is None
    assert settings.markdown_extensions == ["toc", "tables", "fenced_code"]
    assert settings.planwijzer == {"data_dir": "data", "bron_url": None}
    assert site_file(tmp_path / "elders").docs_dir == (tmp_path / "elders/docs").absolute()


@pytest.mark.parametrize(
    ("text", "line", "said"),
    [
        ("site_name: X\nsite_url: a: b\n", 2, "YAML-fout"),
        ("site_name: X\ndocs_dir: [a, b]\n", 2, "'docs_dir' in mkdocs.yml"),
        ("- site_name\n", 1, "instellingen"),
    ],
)
def test_a_broken_file_is_said_in_dutch_with_its_line(tmp_path, text, line, said):
    with pytest.raises(SiteFileError) as caught:
        read_site_file(_write(tmp_path, text))
    assert (caught.value.file, caught.value.line) == ("mkdocs.yml", line)
    assert said in caught.value.message and caught.value.hint


def test_a_missing_file_is_said_in_dutch(tmp_path):
    with pytest.raises(SiteFileError, match=r"mkdocs\.yml ontbreekt"):
        read_site_file(tmp_path)


def test_a_change_of_the_file_is_read(tmp_path):
    assert read_site_file(_write(tmp_path, "site_name: Een\n")).site_name == "Een"
    assert read_site_file(_write(tmp_path, "site_name: Twee en meer\n")).site_name == "Twee en meer"


def test_the_check_names_a_broken_file_and_nothing_for_a_missing_one(tmp_path):
    report = Report()
    assert not check_site_file(tmp_path, report) and not report.sorted()
    assert check_site_file(_write(tmp_path, "site_name: X\nsite_url: a: b\n"), report)
    (problem,) = report.sorted()
    assert (problem.file, problem.line, problem.severity) == ("mkdocs.yml", 2, Severity.ERROR)
