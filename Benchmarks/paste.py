#!/usr/bin/env python3
"""How long the dashboard takes to handle a 100 KB bracketed paste into its search prompt.

Starts mppdash on a pseudo-terminal (120x40, TERM=xterm-256color, LANG=C.UTF-8), opens the
Provinces screen and the search prompt, then writes ESC[200~, 100,000 bytes of text (line breaks
and `q` included) and ESC[201~, reading the output meanwhile. Timed from the first byte of the
paste to the frame that says the rest of the paste was refused; then Esc and `3` must change
the screen (the dashboard still answers) and `q` must exit 0. Prints the median and the range
over the runs.

  python3 Benchmarks/paste.py --mppdash PATH [--runs N] [--bytes N]
"""
import argparse
import os
import pty
import select
import statistics
import sys
import time

REFUSED = "Teks terlalu panjang".encode()


class Terminal:
    def __init__(self, program):
        env = {name: value for name, value in os.environ.items() if name not in ("COLUMNS", "LINES")}
        env.update(TERM="xterm-256color", LANG="C.UTF-8")
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            import fcntl
            import struct
            import termios
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
            os.execve(program, [program], env)
        self.output = bytearray()
        self.mark = 0

    def pump(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if ready:
            try:
                self.output += os.read(self.fd, 65536)
            except OSError:
                return False
        return True

    def wait_for(self, needle, timeout=10.0):
        deadline = time.monotonic() + timeout
        while True:
            at = self.output.find(needle, self.mark)
            if at >= 0:
                self.mark = at + len(needle)
                return True
            left = deadline - time.monotonic()
            if left <= 0 or not self.pump(left):
                return False

    def write_all(self, data, until=None):
        """Writes data while reading the output, so that neither side blocks."""
        view = memoryview(data)
        while view:
            readable, writable, _ = select.select([self.fd], [self.fd], [], 10)
            if readable:
                self.output += os.read(self.fd, 65536)
            if writable:
                view = view[os.write(self.fd, view[:4096]):]


def run(program, size):
    terminal = Terminal(program)
    assert terminal.wait_for("Cakupan nasional".encode()), "no first frame"
    os.write(terminal.fd, b"2")
    assert terminal.wait_for(b"1/38"), "no Provinces screen"
    os.write(terminal.fd, b"/")
    assert terminal.wait_for("/\u258f".encode()), "no search prompt"
    unit = b"Papua Barat\r\nq\r\n"
    text = (unit * (size // len(unit) + 1))[:size]
    start = time.monotonic()
    terminal.write_all(b"\x1b[200~" + text + b"\x1b[201~")
    written = time.monotonic()
    assert terminal.wait_for(REFUSED), "no refusal message"
    handled = time.monotonic()
    os.write(terminal.fd, b"\x1b")
    # The prompt closes and the status bar shows the data source again.
    assert terminal.wait_for("revisi".encode()), "Esc did not close the prompt"
    os.write(terminal.fd, b"3")
    answered = terminal.wait_for("Total dilaporkan".encode())
    os.write(terminal.fd, b"q")
    while terminal.pump(1.0) and not terminal.output.endswith(b"\x1b[?2004l"):
        pass
    _, status = os.waitpid(terminal.pid, 0)
    os.close(terminal.fd)
    return (handled - start) * 1000, (written - start) * 1000, answered, os.waitstatus_to_exitcode(status)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mppdash", required=True)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bytes", type=int, default=100_000)
    arguments = parser.parse_args()
    handled, written, good = [], [], 0
    for _ in range(arguments.runs):
        total, sent, answered, code = run(arguments.mppdash, arguments.bytes)
        handled.append(total)
        written.append(sent)
        good += answered and code == 0
    print(f"{arguments.bytes:,} bytes pasted, {arguments.runs} runs: handled in median "
          f"{statistics.median(handled):.1f} ms [{min(handled):.1f}-{max(handled):.1f}] "
          f"(all written after {statistics.median(written):.1f} ms); answered and exited 0 in {good}/{arguments.runs}")
    return 0 if good == arguments.runs else 1


if __name__ == "__main__":
    sys.exit(main())
