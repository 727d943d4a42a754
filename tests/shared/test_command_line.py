"""shared.command_line: the command line's own mistakes, said in Dutch with the choices."""

from __future__ import annotations

import pytest

from planwijzer.cli import main


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["bouw"], "'bouw' is geen opdracht van planwijzer. Kies uit: check, build, serve"),
        (["build", "--foo"], "Dit kent de opdracht niet: --foo."),
        (["check", "--format", "x"], "'x' kan niet bij --format. Kies uit: text, github."),
        (["serve", "--port", "abc"], "'abc' is geen geldige waarde voor --port (een getal)."),
        (["build", "--out"], "Na --out hoort een waarde."),
        (["nieuw", "actie"], "Dit ontbreekt nog: titel."),
    ],
)
def test_a_mistyped_command_is_said_in_dutch(argv, said, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert said in err and err.startswith("gebruik: planwijzer")
    assert "invalid" not in err and "usage" not in err and "error" not in err
