"""HTTP API over the engine (thin; see the API issue)."""
