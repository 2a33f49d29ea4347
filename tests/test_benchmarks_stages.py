"""``benchmarks/stages.py --against``: another copy of the package, imported under another name, its modules
importing one another relatively (session 43, speed43)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from stages import _import_as  # noqa: E402


def test_a_copy_of_the_package_imports_under_another_name(tmp_path):
    package = tmp_path / "src" / "newsgraph"
    (package / "stages").mkdir(parents=True)
    (package / "__init__.py").write_text("WHO = 'copy'\n", encoding="utf-8")
    (package / "stages" / "__init__.py").write_text("from .. import WHO\nfrom ._step import step\n", encoding="utf-8")
    (package / "stages" / "_step.py").write_text("def step():\n    return 'step of the copy'\n", encoding="utf-8")
    try:
        copy = _import_as("newsgraph_copy_for_test", str(tmp_path / "src"))
        import importlib

        stages = importlib.import_module("newsgraph_copy_for_test.stages")
        assert copy.WHO == "copy" and stages.WHO == "copy" and stages.step() == "step of the copy"
        assert stages.__name__ == "newsgraph_copy_for_test.stages"
    finally:
        for name in [n for n in sys.modules if n.startswith("newsgraph_copy_for_test")]:
            del sys.modules[name]


def test_a_folder_without_the_package_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="no package at"):
        _import_as("newsgraph_copy_for_test", str(tmp_path))
