"""uvicorn's HTTP protocol with Nagle's algorithm off on every accepted connection.

With `--workers N` uvicorn binds the listening socket itself with `proto` 0; asyncio then leaves TCP_NODELAY off on
the connections it accepts (uvicorn issue #3149), and a small response on a keep-alive connection waits ~40 ms for
the client's delayed ACK (`POST /v1/verdicts`: 48 ms instead of 6 ms, measured with `bench/bench_http.py`).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket

from uvicorn.protocols.http.auto import AutoHTTPProtocol

_TCP = (socket.AF_INET, socket.AF_INET6)


class NoDelayHTTPProtocol(AutoHTTPProtocol):  # type: ignore[misc,valid-type]
    """The protocol uvicorn would pick (httptools or h11), setting TCP_NODELAY first."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """Turn Nagle off, then hand the connection to uvicorn."""
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in _TCP:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
