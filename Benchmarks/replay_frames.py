#!/usr/bin/env python3
"""Bytes per replay frame: `mppdash --replay` runs in a pseudo-terminal at 120x40 with the
built-in dataset, its output fed to the pyte VT emulator. Once the replay runs at 8x (`+` three
times), each frame's bytes are counted with the cells of the screen it changed (character or
attributes), until the replay says it has finished. A frame is the output up to a pause of
40 ms (the steps are 187.5 ms apart at 8x). Prints the medians per frame and the bytes of the
first, full frame for comparison; the target is that a frame writes only the cells that change,
so its bytes follow the changed cells, not the screen's size.

  python3 Benchmarks/replay_frames.py --mppdash PATH
"""
import argparse
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reload import COLUMNS, ROWS, Terminal  # noqa: E402
from side_by_side import drain  # noqa: E402

GAP = 0.04


def cells(screen):
    """Every cell of the screen as (character, colours, attributes)."""
    return [(cell.data, cell.fg, cell.bg, cell.bold, cell.reverse, cell.underscore)
            for line in range(ROWS) for cell in (screen.buffer[line][column] for column in range(COLUMNS))]


def frames_until(terminal, text):
    """Reads frame by frame until a line of the screen holds `text`; each frame's bytes and the
    cells it changed. Exits when the output stops first."""
    frames = []
    while not any(text in line for line in terminal.screen.display):
        frame = drain(terminal.fd, GAP, 10.0)
        if not frame:
            sys.exit(f"the replay stopped before {text!r} appeared")
        before = cells(terminal.screen)
        terminal.stream.feed(frame)
        frames.append((len(frame), sum(1 for old, new in zip(before, cells(terminal.screen)) if old != new)))
    return frames


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mppdash", required=True)
    arguments = parser.parse_args()
    terminal = Terminal([arguments.mppdash, "--replay"], {"LANG": "C.UTF-8", "TERM": "xterm-256color"})
    first = sum(size for size, _ in frames_until(terminal, "Putar ulang 1×"))
    os.write(terminal.fd, b"+++")
    frames_until(terminal, "Putar ulang 8×")
    frames = frames_until(terminal, "Putar ulang selesai")
    terminal.quit()

    sizes = [size for size, _ in frames]
    changes = [changed for _, changed in frames]
    ratios = [size / changed for size, changed in frames if changed]
    print(f"replay at 8x, {COLUMNS}x{ROWS}: {len(frames)} frames; per frame median {statistics.median(sizes):.0f} bytes "
          f"(max {max(sizes)}) for a median {statistics.median(changes):.0f} changed cells (max {max(changes)}); "
          f"median {statistics.median(ratios):.1f} bytes per changed cell; the first, full frame (with set-up) "
          f"{first} bytes for {COLUMNS * ROWS} cells")


if __name__ == "__main__":
    main()
