# SPDX-License-Identifier: MIT
# A minimal writer for the "newc" cpio format the Linux initramfs unpacker
# reads.  Written here rather than driving cpio(1) so that owners, modes and
# device nodes (/dev/console) are exact without running as root or touching
# the host file system.
from __future__ import annotations

import gzip
import stat
from pathlib import Path

_MAGIC = b"070701"


class CpioWriter:
    """Collects entries and serialises them.  Paths are archive paths
    without a leading slash; parents must be added before children (the
    kernel does not create missing directories).  Later entries with the
    same path replace earlier ones when unpacked, which lets a per-run
    archive be appended after a cached base archive."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = []
        self._ino = 1000
        self._seen: set[str] = set()

    def _entry(
        self, path: str, mode: int, data: bytes = b"", rdev: tuple[int, int] = (0, 0)
    ) -> None:
        path = path.strip("/")
        name = path.encode() + b"\0"
        self._ino += 1
        fields = [
            self._ino,
            mode,
            0,
            0,
            1,
            0,
            len(data),
            0,
            0,
            rdev[0],
            rdev[1],
            len(name),
            0,
        ]  # ino mode uid gid nlink mtime size devmaj devmin rdevmaj rdevmin namesize check
        hdr = _MAGIC + b"".join(b"%08X" % f for f in fields) + name
        self._chunks.append(hdr + b"\0" * (-len(hdr) % 4))
        self._chunks.append(data + b"\0" * (-len(data) % 4))
        self._seen.add(path)

    def has(self, path: str) -> bool:
        return path.strip("/") in self._seen

    def dir(self, path: str, mode: int = 0o755) -> None:
        """Add a directory and any missing parents."""
        parts = path.strip("/").split("/")
        for i in range(1, len(parts) + 1):
            sub = "/".join(parts[:i])
            if sub and not self.has(sub):
                self._entry(sub, stat.S_IFDIR | mode)

    def file(self, path: str, data: bytes, mode: int = 0o644) -> None:
        self._parent(path)
        self._entry(path, stat.S_IFREG | mode, data)

    def copy(self, path: str, src: Path, mode: int | None = None) -> None:
        """Add the content of src (symlinks followed) under path."""
        if mode is None:
            mode = src.stat().st_mode & 0o7777
        self.file(path, src.read_bytes(), mode)

    def symlink(self, path: str, target: str) -> None:
        self._parent(path)
        self._entry(path, stat.S_IFLNK | 0o777, target.encode())

    def chardev(self, path: str, major: int, minor: int, mode: int = 0o600) -> None:
        self._parent(path)
        self._entry(path, stat.S_IFCHR | mode, rdev=(major, minor))

    def _parent(self, path: str) -> None:
        parent = path.strip("/").rpartition("/")[0]
        if parent:
            self.dir(parent)

    def getvalue(self) -> bytes:
        """The archive with its trailer."""
        trailer = CpioWriter()
        trailer._entry("TRAILER!!!", 0)
        return b"".join(self._chunks + trailer._chunks)

    def gzip(self, level: int = 6) -> bytes:
        return gzip.compress(self.getvalue(), compresslevel=level, mtime=0)
