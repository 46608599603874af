"""ASGI entry point for uvicorn: one app (and one durable-rules host) per worker process."""

from api.app import create_app

app = create_app()
