#!/usr/bin/env python3
"""The 100,000-MPP snapshot: load, data on screen, memory and quit (issue 12, item 2).

For each build given (a label and its two programs, `mppdash` and the benchmarks' `load-snapshot`),
interleaved in rotating order after one unmeasured warm-up run each:

- `load-snapshot FILE`: `RolloutStore.load(path:)` inside a fresh process (read, decode,
  validate, index), its own timer (`load_us`); the CPU time and peak resident memory of the whole
  process from `wait4`.
- `mppdash --read-only --snapshot FILE` through tuibench at 120x40: data on screen = spawn ->
  "Cakupan nasional" (the Overview's first box, drawn from the loaded data) on the emulated
  screen; CPU used until then; peak RSS of the process and its RSS just before quitting; quit =
  `y` (after `q` asked "Tekan q lagi") -> the process has exited.

Prints medians [min-max] per build, and the ratios of the last build to the first.

    python3 Benchmarks/load_100k.py --snapshot 100k.json \\
        --build before OLD/mppdash OLD/load-snapshot --build after NEW/mppdash NEW/load-snapshot

Needs Python 3 with pyte and tuibench (`TUIBENCH=PATH/tuibench.py`, default
/work/shared/tools/tuibench/tuibench.py).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile


def load_run(program, snapshot):
    """One `load-snapshot` run: (load ms inside, CPU ms, peak RSS MiB)."""
    process = subprocess.Popen([program, snapshot], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = process.stdout.read().decode()
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        sys.exit(f"{program} {snapshot} failed: {process.stderr.read().decode()}")
    fields = dict(item.split("=", 1) for item in out.split())
    cpu = (usage.ru_utime + usage.ru_stime) * 1000
    return int(fields["load_us"]) / 1000, cpu, usage.ru_maxrss / 1024


def screen_run(tuibench, program, snapshot, label, jsonl, home):
    """One tuibench run of the dashboard; its record."""
    command = [sys.executable, tuibench, "run", "--label", label, "--runs", "1", "--warmup", "0",
               "--size", "120x40", "--marker", "Cakupan nasional", "--keys", "'q=>Tekan q lagi'", "--quit", "y",
               "--idle-window", "0", "--env", f"HOME={home}", "--no-summary", "--jsonl", jsonl,
               "--", program, "--read-only", "--snapshot", snapshot]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(jsonl) as file:
        return json.loads(file.readlines()[-1])


def spread(values):
    return f"{statistics.median(values):,.1f} [{min(values):,.1f}-{max(values):,.1f}]"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--snapshot", required=True, help="the 100,000-MPP snapshot (synthetic-snapshot --malls 100000)")
    parser.add_argument("--build", nargs=3, action="append", required=True, metavar=("LABEL", "MPPDASH", "LOAD_SNAPSHOT"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--tuibench", default=os.environ.get("TUIBENCH", "/work/shared/tools/tuibench/tuibench.py"))
    args = parser.parse_args()

    size = os.path.getsize(args.snapshot)
    print(f"{args.snapshot}: {size:,} bytes ({size / 2**20:.1f} MiB); {args.runs} runs of each build, interleaved; "
          f"load average {os.getloadavg()[0]:.2f} at the start", flush=True)
    results = {label: {"load": [], "cpu": [], "peak": [], "screen": [], "screen_cpu": [], "screen_peak": [], "screen_rss": [], "quit": []}
               for label, _, _ in args.build}
    with tempfile.TemporaryDirectory(prefix="mppdash-load.") as home:
        jsonl = os.path.join(home, "runs.jsonl")
        for label, mppdash, loader in args.build:
            load_run(loader, args.snapshot)
            screen_run(args.tuibench, mppdash, args.snapshot, label, jsonl, home)
        for index in range(args.runs):
            shift = index % len(args.build)
            for label, mppdash, loader in args.build[shift:] + args.build[:shift]:
                load, cpu, peak = load_run(loader, args.snapshot)
                record = screen_run(args.tuibench, mppdash, args.snapshot, label, jsonl, home)
                if record.get("errors"):
                    sys.exit(f"{label}: {record['errors']}")
                entry = results[label]
                entry["load"].append(load)
                entry["cpu"].append(cpu)
                entry["peak"].append(peak)
                entry["screen"].append(record["first_frame_ms"])
                entry["screen_cpu"].append(record["cpu_to_first_frame_ms"])
                entry["screen_peak"].append(record["peak_rss_kb"] / 1024)
                entry["screen_rss"].append(record["rss_before_quit_kb"] / 1024)
                entry["quit"].append(record["quit_ms"])
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    rows = [("load-snapshot: load ms (inside)", "load"), ("load-snapshot: CPU ms (process)", "cpu"),
            ("load-snapshot: peak RSS MiB", "peak"), ("dashboard: data on screen ms", "screen"),
            ("dashboard: CPU ms until then", "screen_cpu"), ("dashboard: peak RSS MiB", "screen_peak"),
            ("dashboard: RSS before quitting MiB", "screen_rss"),
            ("dashboard: quit ms", "quit")]
    labels = [label for label, _, _ in args.build]
    print("| measure | " + " | ".join(labels) + (" | ratio |" if len(labels) > 1 else " |"))
    print("|---|" + "---|" * len(labels) + ("---|" if len(labels) > 1 else ""))
    for title, key in rows:
        cells = [spread(results[label][key]) for label in labels]
        ratio = ""
        if len(labels) > 1:
            first, last = statistics.median(results[labels[0]][key]), statistics.median(results[labels[-1]][key])
            ratio = f" {last / first:.2f} |" if first else " - |"
        print(f"| {title} | " + " | ".join(cells) + " |" + ratio)


if __name__ == "__main__":
    main()
