"""The web app: Chinese pages for inspectors, enterprises and departments over the engine and the register."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from api.settings import Settings
from web.core import STATIC, error_page
from web.session import LazyCodec


def install(app: FastAPI, settings: Settings) -> None:
    """Add the web pages and their static files to the app (the register must be installed first)."""
    from web import assessment, auth_pages, checks, downloads, hazards, stats_pages

    app.state.web_codec = LazyCodec(settings)
    app.state.html_error = error_page  # a 404 or 405 of a page address is a page (api/errors.py)
    app.state.web_layouts = {}
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in (auth_pages, checks, assessment, downloads, hazards, stats_pages):
        app.include_router(module.router)
