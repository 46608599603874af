"""The `hazard` command: engine commands, the register (ledger) and the HTTP server, composed in one place."""
