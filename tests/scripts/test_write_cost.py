"""scripts/write_cost.py: what writing a site's files costs, three ways."""

from __future__ import annotations

from write_cost import main, measure


def test_every_file_is_written_and_compared_and_nothing_stays_behind(tmp_path, capsys):
    site = tmp_path / "site"
    for name in ("index.html", "acties/a/index.html", "search/search_index.json"):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_bytes(name.encode() * 100)
    found = measure(site, repeat=2)
    assert found["bestanden"] == 3 and found["mb"] >= 0
    assert all(found[way] >= 0 for way in ("nieuw", "overschrijven", "vergelijken"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # its copies removed
    assert main([str(site), "--repeat", "1"]) == 0
    assert capsys.readouterr().out.startswith("3 bestanden, ")
    assert main([str(tmp_path / "geen")]) == 1
