"""Character devices to try as a library or an export target, without touching the system's."""

import os
import stat
from pathlib import Path

ROOT = os.geteuid() == 0
"""Root reads and writes regardless of permissions, and may make device nodes."""


def make_char_device(folder: Path, minor: int) -> Path:
    """A character device: a private copy of /dev/null (minor 3) or /dev/zero (minor 5) in
    `folder` when root may make one, else the system's own, which no other user can replace."""
    if ROOT:
        node = folder / f"device-{minor}"
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, minor))
        return node
    return Path("/dev/null" if minor == 3 else "/dev/zero")
