"""'planwijzer pdf' never ends in 'Er ging iets onverwachts mis': each refusal says its
cause in Dutch, ends with 1 and leaves no half file."""

from __future__ import annotations

import errno
import os

import pytest

from planwijzer.cli import main
from planwijzer.shared import atomic_file


def test_a_yaml_error_in_plan_yaml_is_said_also_with_another_language(plan_folder, capsys):
    folder = plan_folder()
    folder.write("data/plan.yaml", "titel: [Testplan\norganisatie: Test\n")
    out = folder.root / "plan-fr.pdf"
    assert main(["pdf", str(folder.root), "--taal", "fr", "--out", str(out)]) == 1
    said = capsys.readouterr().err
    assert "data/plan.yaml:" in said and "fout" in said
    assert "niet in het 'fr' geschreven" not in said and "onverwachts" not in said
    assert not out.exists()


def test_the_plans_errors_are_listed_not_only_counted(plan_folder, capsys):
    folder = plan_folder()
    folder.write("data/acties.yaml", "acties:\n  - id: actie-een\n    titel: [\n")
    assert main(["pdf", str(folder.root), "--out", str(folder.root / "p.pdf")]) == 1
    said = capsys.readouterr().err
    assert "data/acties.yaml:" in said and "Geen PDF gemaakt: Het plan bevat fouten" in said


def test_out_under_a_regular_file(plan_folder, tmp_path, capsys):
    folder = plan_folder()
    (tmp_path / "bestand.txt").write_text("geen map\n")
    out = tmp_path / "bestand.txt" / "plan.pdf"
    assert main(["pdf", str(folder.root), "--out", str(out)]) == 1
    said = capsys.readouterr().err
    assert f"{tmp_path / 'bestand.txt'} is een bestand, geen map" in said
    assert "onverwachts" not in said
    assert (tmp_path / "bestand.txt").read_text() == "geen map\n"


class _FullDisk:
    """A file that takes a few bytes and then finds the disk full, as a real one does."""

    def __init__(self, stream):
        self.stream = stream

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()

    def write(self, data):
        self.stream.write(data[:100])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize(
    ("refusal", "reason"),
    [("ENOSPC", "de schijf is vol"), ("EROFS", "de schijf is alleen-lezen")],
)
def test_a_full_or_read_only_disk_leaves_no_file(plan_folder, tmp_path, monkeypatch, capsys,
                                                 refusal, reason):  # fmt: skip
    folder = plan_folder()
    target = tmp_path / "uit" / "nieuw" / "plan.pdf"
    if refusal == "ENOSPC":
        real = os.fdopen
        monkeypatch.setattr(atomic_file.os, "fdopen", lambda *a, **k: _FullDisk(real(*a, **k)))
    else:

        def read_only(*_args, **_kwargs):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))

        monkeypatch.setattr(atomic_file.tempfile, "mkstemp", read_only)
    assert main(["pdf", str(folder.root), "--out", str(target)]) == 1
    said = capsys.readouterr().err
    assert f"Geen PDF gemaakt: {target} kon niet geschreven worden: {reason}." in said
    assert "onverwachts" not in said
    assert not (tmp_path / "uit").exists()  # no half file, no folder it made


def test_a_plan_without_docs_says_so(plan_folder, capsys):
    folder = plan_folder()
    for page in (folder.root / "docs").iterdir():
        page.unlink()
    (folder.root / "docs").rmdir()
    assert main(["pdf", str(folder.root), "--out", str(folder.root / "p.pdf")]) == 1
    said = capsys.readouterr().err
    assert "de map met de verhalende pagina's (docs/) ontbreekt" in said
    assert "onverwachts" not in said
