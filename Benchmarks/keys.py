#!/usr/bin/env python3
"""Per-key latency and bytes of the dashboard, with the built-in dataset and with a large
synthetic snapshot, measured with tuibench in a pseudo-terminal at 120x40.

For each key script (moving, sorting, searching, switching screens, stepping the date by month)
it runs the release mppdash N times after one warm-up and reads tuibench's per-run figures:
the key's settle latency (key written -> the frame's last byte; p50 over the keys of a run),
the bytes written per key, and the first frame (the built-in Overview; for the synthetic
snapshot the loading frame, the data's frame being "ready"). Prints medians over the runs and
exits 1 when a target of Benchmarks/README.md is missed:

  * every key under 5 ms with the built-in dataset (median of the runs' p50);
  * every key under 50 ms with the synthetic snapshot;
  * the first frame with the synthetic snapshot under 150 ms.

  python3 Benchmarks/keys.py --mppdash PATH --synthetic FILE [--runs N]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

SCRIPTS = [("move", "2 <down>*20"), ("sort", "2 ]*8"), ("search", "2 / s u l <enter> n*6"),
           ("screens", "<tab>*10"), ("month", "- - - - - -")]
TARGETS = {"builtin": 5.0, "synthetic": 50.0}
SYNTHETIC_FIRST_FRAME_MS = 150.0


def run(tuibench, mppdash, label, keys, runs, extra, marker, ready):
    with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as handle:
        path = handle.name
    command = [sys.executable, tuibench, "run", "--label", label, "--runs", str(runs), "--warmup", "1",
               "--size", "120x40", "--marker", marker, "--keys", keys, "--key-timeout", "5", "--timeout", "60",
               "--jsonl", path, "--no-summary"]
    if ready:
        command += ["--ready-marker", ready]
    subprocess.run(command + ["--", mppdash] + extra, check=False, capture_output=True)
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    os.unlink(path)
    return [record for record in records if not record.get("warmup")]


def median(records, key):
    values = [record[key] for record in records if record.get(key) is not None]
    return statistics.median(values) if values else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mppdash", required=True)
    parser.add_argument("--synthetic", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tuibench", default="/work/shared/tools/tuibench/tuibench.py")
    arguments = parser.parse_args()
    missed = []
    print(f"{'dataset':10} {'keys':8} {'key p50 ms':>11} {'bytes/key':>10} {'first frame ms':>15} {'ready ms':>9}")
    for dataset, extra, marker, ready in [("builtin", [], "Cakupan nasional", None),
                                          ("synthetic", ["--snapshot", arguments.synthetic], "Memuat", "Cakupan nasional")]:
        for name, keys in SCRIPTS:
            records = run(arguments.tuibench, arguments.mppdash, f"{dataset}-{name}", keys, arguments.runs, extra, marker, ready)
            if not records:
                missed.append(f"{dataset} {name}: no run finished")
                continue
            latency = median(records, "key_settle_ms_p50")
            first = median(records, "first_frame_ms")
            ready_ms = median(records, "ready_ms")
            print(f"{dataset:10} {name:8} {latency or 0:11.1f} {median(records, 'bytes_per_key') or 0:10.0f} "
                  f"{first or 0:15.1f} {ready_ms if ready_ms is not None else float('nan'):9.0f}")
            if latency is None or latency >= TARGETS[dataset]:
                missed.append(f"{dataset} {name}: key p50 {latency} ms (target < {TARGETS[dataset]} ms)")
            if dataset == "synthetic" and (first is None or first >= SYNTHETIC_FIRST_FRAME_MS):
                missed.append(f"synthetic first frame {first} ms (target < {SYNTHETIC_FIRST_FRAME_MS} ms)")
    for line in missed:
        print("MISSED:", line)
    if not missed:
        print("targets met: every key under 5 ms (built-in) and 50 ms (synthetic); synthetic first frame under 150 ms")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
