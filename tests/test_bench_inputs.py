"""The benches' synthetic inputs stay valid as the rule format evolves (the benches themselves are not run here)."""

from __future__ import annotations

import sys
from pathlib import Path

from engine.assess import Engine
from engine.rulebook import require_rulebook

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import synth


def test_generated_rulebook_loads_and_every_criterion_is_decided(tmp_path: Path) -> None:
    synth.write_rulebook(tmp_path, 20)
    engine = Engine(require_rulebook(tmp_path))
    assessment = engine.assess(synth.synthetic_inspection(engine, 1))
    assert len(assessment.findings) == 20
    synth.check_full(assessment, synth.SYNTH_ID)


def test_full_gongmao_inspection_answers_every_fact(engine: Engine) -> None:
    synth.check_full(engine.assess(synth.full_inspection(engine, 1)), synth.GONGMAO)
