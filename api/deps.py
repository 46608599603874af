"""Dependencies as `Annotated` aliases: the engine, settings and scenario index built once per app."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.settings import Settings
from engine.assess import Engine
from engine.scenarios import Scenario


def get_engine(request: Request) -> Engine:
    """The app's compiled engine (one durable-rules host per process)."""
    engine: Engine = request.app.state.engine
    return engine


def get_app_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    settings: Settings = request.app.state.settings
    return settings


def get_scenarios(request: Request) -> dict[str, list[Scenario]]:
    """Criterion id → feature scenarios, indexed at app start."""
    scenarios: dict[str, list[Scenario]] = request.app.state.scenarios
    return scenarios


EngineDep = Annotated[Engine, Depends(get_engine)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
ScenariosDep = Annotated[dict[str, list[Scenario]], Depends(get_scenarios)]
