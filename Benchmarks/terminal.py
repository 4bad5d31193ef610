#!/usr/bin/env python3
"""Measures the interactive dashboard in a pseudo-terminal, side by side with VisiData.

Runs, with tuibench (a pty + the pyte VT emulator; see its README), interleaved and in rotating
order, N times each after one unmeasured warm-up run each:

  mppdash   the release binary with the built-in dataset: first frame = "Cakupan nasional" (the
            Overview's first box, drawn once the data has loaded; the loading frame before it
            does not count) on screen; then `2` (the Provinces screen, waiting until the status
            bar shows "1/ROWS"), then <down> MOVES times; then q.
  visidata  `vd PROVINCES.csv`, the same province table exported by `mppdash export --format csv
            --table provinces`: first frame = the first province's name on screen; then the
            same <down> MOVES times; then q.
  floor     `sh -c "printf ready; read"`: what spawning on a pty and seeing one line costs in
            this harness, for reading the first-frame figures. Not compared.

Before each run the program runs once without a terminal (`mppdash render`, `vd --version`), so
that its files are in the page cache: this VM pages out memory unused for a few seconds, and a
start from disk takes up to 20 times longer.

MOVES (default 30) stays inside the first screenful of both tables, so every <down> moves the
selection by one row without scrolling. Bytes per move are the median of the single keys of a
run (VisiData's first key also clears its start-up sidebar). Peak memory is VmHWM of the
process tree just before q. Prints medians with [min-max] over the runs, the ratios
mppdash / VisiData, and the targets of Benchmarks/README.md; exits 1 when one is missed, when
a run fails, or when the terminal is not restored:

  * the first frame is on screen within 20 ms (median, the marker's arrival);
  * a one-row move writes under 300 bytes (median, 120 columns);
  * the peak resident memory stays under 20 MB (20,000,000 bytes; median).

It builds nothing: pass the release mppdash binary.
"""

import argparse
import csv
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile

FIRST_FRAME_TARGET_MS = 20.0
MOVE_TARGET_BYTES = 300
PEAK_RSS_TARGET_BYTES = 20_000_000
DEFAULT_TUIBENCH = "/work/shared/tools/tuibench/tuibench.py"


def fail(message):
    sys.exit(f"terminal.py: {message}")


def visidata_command(given):
    """The VisiData executable: the one given, else the real script behind a pyenv shim (so
    that the shim's own start-up is not measured), else `vd` on the PATH."""
    if given:
        return given
    if shutil.which("pyenv"):
        found = subprocess.run(["pyenv", "which", "vd"], capture_output=True, text=True)
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.strip()
    found = shutil.which("vd")
    if not found:
        fail("VisiData (`vd`) not found: `pip install visidata`, pass --visidata, or set SKIP_TERMINAL=1")
    return found


def export_provinces(mppdash, path):
    """Writes the province table as CSV; returns (data rows, the first province's name)."""
    subprocess.run([mppdash, "export", "--format", "csv", "--table", "provinces", "--output", path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(path, newline="") as file:
        rows = list(csv.DictReader(file))
    if not rows:
        fail(f"{path}: the exported province table is empty")
    return len(rows), rows[0]["name"]


class Program:
    def __init__(self, label, argv, marker, keys, quit="q", idle_window=1000, prime=None):
        self.label, self.argv, self.marker, self.keys = label, argv, marker, keys
        self.quit, self.idle_window, self.prime = quit, idle_window, prime

    def run(self, args, jsonl, warmup):
        if self.prime:
            # Brings the program's files back into the page cache, which this VM pages out
            # within seconds of disuse: every run then starts warm, as after a warm-up.
            subprocess.run(self.prime, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        command = [sys.executable, args.tuibench, "run", "--label", self.label, "--size", args.size,
                   "--marker", self.marker, "--keys", self.keys, "--quit", self.quit,
                   "--runs", "0" if warmup else "1", "--warmup", "1" if warmup else "0",
                   "--idle-window", str(self.idle_window), "--timeout", "30", "--per-key",
                   "--no-summary", "--jsonl", jsonl, "--"] + self.argv
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            fail(f"tuibench failed for {self.label} ({done.returncode}):\n{done.stderr}")


def median_range(values, format_value):
    """"median [min-max]" of the values, or "-"."""
    if not values:
        return "-"
    text, low, high = (format_value(v) for v in (statistics.median(values), min(values), max(values)))
    return text if low == high else f"{text} [{low}–{high}]"


def move_bytes(record, step):
    """The median bytes of the single <down> keys of one run."""
    keys = [k["bytes"] for k in record.get("per_key", []) if k["step"] == step]
    return statistics.median(keys) if keys else None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mppdash", required=True, help="the release mppdash binary")
    parser.add_argument("--tuibench", default=os.environ.get("TUIBENCH", DEFAULT_TUIBENCH),
                        help="tuibench.py (default: $TUIBENCH, else %(default)s)")
    parser.add_argument("--visidata", help="the vd executable (default: found on the PATH)")
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each program (default 7)")
    parser.add_argument("--size", default="120x40", help="COLSxROWS (default 120x40)")
    parser.add_argument("--moves", type=int, default=30, help="<down> keys per run (default 30)")
    parser.add_argument("--jsonl", help="keep tuibench's records (one JSON object per run) in this file")
    args = parser.parse_args()

    if not os.path.isfile(args.tuibench):
        fail(f"tuibench not found at {args.tuibench}: set TUIBENCH or pass --tuibench")
    visidata = visidata_command(args.visidata)
    work = tempfile.mkdtemp(prefix="mppdash-terminal.")
    try:
        jsonl = args.jsonl or os.path.join(work, "runs.jsonl")
        if args.jsonl and os.path.exists(jsonl):
            os.remove(jsonl)
        provinces = os.path.join(work, "provinces.csv")
        rows, first_name = export_provinces(args.mppdash, provinces)
        down = f"<down>*{args.moves}"
        programs = [
            Program("mppdash", [args.mppdash], "re:Cakupan nasional",
                    shlex.quote(f"2=>re:\\b1/{rows}\\b") + " " + down,
                    prime=[args.mppdash, "render", "--screen", "provinces"]),
            Program("visidata", [visidata, provinces], first_name, down, prime=[visidata, "--version"]),
            Program("floor", ["sh", "-c", "printf 'ready\\n'; read -r line"], "ready", "",
                    quit="q <enter>", idle_window=0),
        ]
        version = subprocess.run([visidata, "--version"], capture_output=True, text=True).stdout.strip()
        print(f"tuibench at {args.size}, {args.runs} runs each (+1 warm-up), {args.moves} one-row moves; "
              f"{version or 'VisiData'} on {provinces} ({rows} rows)", flush=True)

        for program in programs:
            program.run(args, jsonl, warmup=True)
        for index in range(args.runs):
            shift = index % len(programs)
            for program in programs[shift:] + programs[:shift]:
                program.run(args, jsonl, warmup=False)
        with open(jsonl) as file:
            records = [json.loads(line) for line in file if line.strip()]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report(records, down, args.runs)


def report(records, down, runs):
    """Prints the table, the ratios and the targets; returns the exit code."""
    measured = [r for r in records if not r.get("warmup")]
    by = {label: [r for r in measured if r["label"] == label] for label in ("mppdash", "visidata", "floor")}
    problems = []
    for label, group in by.items():
        for r in group:
            if r["errors"] or not r.get("clean_exit") or not r.get("terminal_restored"):
                problems.append(f"{label}: errors {r['errors']}, exit {r.get('exit_code')}, "
                                f"restored {r.get('terminal_restored')} {r.get('leftover_modes')}")
        if len(group) != runs:
            problems.append(f"{label}: {len(group)} runs recorded, {runs} expected")

    def values(label, key):
        """The figure `key` (a record field, or a function of the record) of each run."""
        found = [key(r) if callable(key) else r.get(key) for r in by[label]]
        return [v for v in found if v is not None]

    def medians(key):
        """The medians of mppdash and VisiData (None without values)."""
        return tuple(statistics.median(v) if v else None for v in (values("mppdash", key), values("visidata", key)))

    milliseconds = lambda v: f"{v:.1f} ms"
    count = lambda v: f"{v:,.0f}"
    mebibytes = lambda v: f"{v / 1024:.1f} MiB"
    rows = [
        ("first frame: marker on screen", "first_frame_ms", milliseconds),
        ("first frame: whole (last byte)", "first_frame_complete_ms", milliseconds),
        ("bytes of the first frame", "bytes_first_frame_complete", count),
        ("bytes per one-row move", lambda r: move_bytes(r, down), count),
        ("move: settled after (p50)", lambda r: (r.get("steps", {}).get(down) or {}).get("settle_ms_p50"), milliseconds),
        ("peak RSS (VmHWM)", "peak_rss_kb", mebibytes),
        ("idle bytes/s after the keys", "idle_bytes_per_s", count),
        ("quit (q to exit)", "quit_ms", milliseconds),
    ]
    width = max(len(name) for name, _, _ in rows)
    print(f"\n{'':{width}}  {'mppdash':<32}{'VisiData':<32}mppdash/VisiData")
    for name, key, format_value in rows:
        ours, theirs = medians(key)
        ratio = f"{ours / theirs:.2f}" if ours is not None and theirs else "-"
        print(f"{name:{width}}  {median_range(values('mppdash', key), format_value):<32}"
              f"{median_range(values('visidata', key), format_value):<32}{ratio}")
    print(f"{'harness floor (sh, one line)':{width}}  {median_range(values('floor', 'first_frame_ms'), milliseconds)}")
    for label in ("mppdash", "visidata"):
        group = by[label]
        print(f"{label}: clean exit {sum(1 for r in group if r.get('clean_exit'))}/{len(group)}, "
              f"terminal restored {sum(1 for r in group if r.get('terminal_restored'))}/{len(group)}")

    first_frame, _ = medians("first_frame_ms")
    move, _ = medians(lambda r: move_bytes(r, down))
    peak, _ = medians("peak_rss_kb")
    checks = [
        (f"first frame under {FIRST_FRAME_TARGET_MS:.0f} ms (median)", first_frame,
         lambda v: v < FIRST_FRAME_TARGET_MS, milliseconds),
        (f"one-row move under {MOVE_TARGET_BYTES} bytes (median)", move, lambda v: v < MOVE_TARGET_BYTES, count),
        (f"peak RSS under {PEAK_RSS_TARGET_BYTES / 1e6:.0f} MB (median)", peak,
         lambda v: v * 1024 < PEAK_RSS_TARGET_BYTES, lambda v: f"{v * 1024 / 1e6:.1f} MB"),
    ]
    print("\ntargets:")
    missed = 0
    for name, value, met, format_value in checks:
        ok = value is not None and met(value)
        missed += not ok
        print(f"  {'met   ' if ok else 'MISSED'} {name}: {'-' if value is None else format_value(value)}")
    for problem in problems:
        print(f"  FAILED run: {problem}")
    return 1 if missed or problems else 0


if __name__ == "__main__":
    sys.exit(main())
