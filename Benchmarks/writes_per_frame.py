#!/usr/bin/env python3
"""Writes per frame: the dashboard runs under strace in a pseudo-terminal at 120x40 with the
built-in dataset; it draws the Overview, then `2` (the Provinces) and `j` (a one-row move) are
typed, each after the previous frame arrived, and `Q` quits. Prints the write(2) calls to the
terminal and their bytes between the reads of the keys (the dashboard draws nothing while idle,
so what follows a key is its frame). The start also holds curses' set-up and bracketed paste,
written before the first frame.

  python3 Benchmarks/writes_per_frame.py --mppdash PATH
"""
import argparse
import fcntl
import os
import pty
import re
import select
import struct
import sys
import tempfile
import termios
import time

CALL = re.compile(r"^\d+\s+(read|write)\(\d+<([^>]*)>.* = (-?\d+)")


def drain(fd, until, seconds=10.0):
    """Reads the terminal until `until` appears (None: until it closes) or `seconds` pass."""
    output, deadline = b"", time.monotonic() + seconds
    while (until is None or until not in output) and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                output += os.read(fd, 65536)
            except OSError:
                break
    return output


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mppdash", required=True)
    arguments = parser.parse_args()
    handle, log = tempfile.mkstemp(suffix=".strace")
    os.close(handle)
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(LANG="C.UTF-8", TERM="xterm-256color")
        os.execvp("strace", ["strace", "-f", "-qq", "-y", "-s", "0", "-e", "trace=read,write", "-o", log,
                             arguments.mppdash])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    drain(fd, "revisi".encode())
    for key, until in [("2", "▶11   Aceh"), ("j", "▶12   Sumatera Utara")]:
        os.write(fd, key.encode())
        drain(fd, until.encode())
    os.write(fd, b"Q")
    drain(fd, None)
    os.waitpid(pid, 0)

    parts = [("start (set-up and the Overview)", [])]
    with open(log) as trace:
        for line in trace:
            match = CALL.match(line)
            if not match or not match.group(2).startswith("/dev/pts/") or int(match.group(3)) <= 0:
                continue
            if match.group(1) == "read":
                parts.append((["after 2 (the Provinces)", "after j (a one-row move)", "after Q (quitting)"]
                              [min(len(parts) - 1, 2)], []))
            else:
                parts[-1][1].append(int(match.group(3)))
    os.unlink(log)
    for name, sizes in parts:
        print(f"{name}: {len(sizes)} write{'' if len(sizes) == 1 else 's'}, {sum(sizes)} bytes {sizes if len(sizes) <= 8 else ''}".rstrip())


if __name__ == "__main__":
    sys.exit(main())
