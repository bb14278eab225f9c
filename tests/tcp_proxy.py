"""A TCP proxy in front of the test PostgreSQL server that a test can cut, hang and restore.

``cut()`` is a pulled plug at the server's end: live connections are closed and new ones refused.
``hang()`` is an unplugged cable: connections stay open but nothing goes through, and new ones are
accepted and never answered. ``restore()`` lets traffic through again on the same port.
"""

from __future__ import annotations

import select
import socket
import threading


class TcpProxy:
    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.mode = "pass"
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._held: list[socket.socket] = []
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self.port = 0
        self._listen()

    def _listen(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            if self.mode == "hang":
                with self._lock:
                    self._held.append(client)
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._pairs.append((client, upstream))
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    def _pump(self, a: socket.socket, b: socket.socket) -> None:
        sockets = [a, b]
        try:
            while True:
                readable, _, _ = select.select(sockets, [], [], 0.2)
                if self.mode == "hang":
                    continue
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    (b if sock is a else a).sendall(data)
        except (OSError, ValueError):  # a socket closed by cut() under the pump
            return
        finally:
            for sock in sockets:
                try:
                    sock.close()
                except OSError:
                    pass

    def _drop_all(self) -> None:
        with self._lock:
            pairs, self._pairs = self._pairs, []
            held, self._held = self._held, []
        for pair in pairs:
            for sock in pair:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()
        for sock in held:
            sock.close()

    def cut(self) -> None:
        """The server is gone: connections drop, new ones are refused."""
        self.mode = "refuse"
        if self._listener is not None:
            try:
                self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread (Linux)
            except OSError:
                pass
            self._listener.close()
            self._listener = None
        self._drop_all()

    def hang(self) -> None:
        """The cable is out: nothing goes through, nothing is refused."""
        self.mode = "hang"

    def restore(self) -> None:
        if self.mode == "hang":
            self._drop_all()
        self.mode = "pass"
        if self._listener is None:
            self._listen()

    def close(self) -> None:
        self.cut()
