"""`datamairie --self-test`: every check passes here, and a broken dependency is reported."""

from __future__ import annotations

import pytest

from desktop_app import self_test
from desktop_app.cli import main


def test_the_self_test_passes_from_the_sources(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert "SELF-TEST OK" in out
    assert out.count("\nok ") == len(self_test.CHECKS)


def test_a_failing_check_fails_the_self_test(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(work: object) -> str:
        raise ImportError("a module the frozen build lost")

    monkeypatch.setattr(self_test, "CHECKS", (("lecture", broken), *self_test.CHECKS[1:2]))

    assert self_test.run_self_test() == 1
    captured = capsys.readouterr()
    assert "SELF-TEST ÉCHEC (1)" in captured.out
    assert "ÉCHEC  lecture" in captured.err
