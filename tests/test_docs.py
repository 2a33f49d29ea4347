"""The README keeps up with the CLI: every command and every option appears in it."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from newsgraph.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands():
    root = typer.main.get_command(app)
    out = []

    def walk(cmd, path: list[str]) -> None:
        if getattr(cmd, "commands", None):
            for name, sub in cmd.commands.items():
                walk(sub, [*path, name])
        else:
            out.append((" ".join(path), cmd))

    walk(root, [])
    assert len(out) > 10
    return out


@pytest.mark.parametrize("name, command", _commands(), ids=lambda x: x if isinstance(x, str) else "")
def test_every_command_and_option_is_in_the_readme(name, command):
    assert f"newsgraph {name}" in README, f"'newsgraph {name}' is not in the README"
    for param in command.params:
        if type(param).__name__.endswith("Option"):
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in README, f"{opt} of 'newsgraph {name}' is not in the README"
