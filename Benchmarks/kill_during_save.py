#!/usr/bin/env python3
"""Kills a snapshot save with SIGKILL at random moments, again and again, and checks the file.

Each run starts `SaveLoop FILE` (the main package's Tests/SaveLoop, the process the test
KillDuringSaveTests kills 200 times: load FILE, then save it through `RolloutStore.save` in a loop,
each save changing the title, raising the revision by one and printing `saved REVISION`), waits
for its first save, then kills it with SIGKILL after a random delay (a
fixed seed; 0 to --max-delay ms), so that the kill lands anywhere in a save: while the temporary
file is written, flushed, the backup linked, the rename done. After each kill:

  * FILE is valid (`mppdash validate FILE` exits 0) and is the old or the new version: its
    revision is the last one the child reported, or the one after (the save in flight);
  * the temporary files a killed save leaves (`.FILE.tmp-PID-N`, `.FILE.bak-PID-N`) are counted,
    and once the next run's child has saved, none of a dead process may be left.

Prints the number of runs, how many kills left temporary files, the outcomes (old or new
version), the failures, and exits 1 on any failure.

  python3 Benchmarks/kill_during_save.py --save-loop .build/release/SaveLoop --mppdash PATH [--runs 200] [--seed 10]
"""
import argparse
import os
import random
import re
import select
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter


def revision(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    match = re.search(r'^  "revision": (\d+),?$', text, re.MULTILINE)
    return int(match.group(1)) if match else None


def leftovers(folder, name):
    pattern = re.compile(r"^\." + re.escape(name) + r"\.(tmp|bak)-(\d+)-\d+$")
    return [(entry, int(match.group(2))) for entry in os.listdir(folder) if (match := pattern.match(entry))]


def read_line(child, deadline):
    """The next line the child prints, or None when it ended or the deadline passed."""
    line = b""
    while not line.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([child.stdout], [], [], left)[0]:
            return None
        byte = os.read(child.stdout.fileno(), 1)
        if not byte:
            return None
        line += byte
    return line.decode()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--save-loop", required=True)
    parser.add_argument("--mppdash", required=True)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--max-delay", type=float, default=30.0, help="milliseconds")
    arguments = parser.parse_args()
    chooser = random.Random(arguments.seed)
    folder = tempfile.mkdtemp(prefix="mppdash-kill-")
    path = os.path.join(folder, "rollout.json")
    subprocess.run([arguments.mppdash, "init", path], check=True, capture_output=True)
    outcomes, failures, left_behind, saves = Counter(), [], 0, 0
    started = time.monotonic()
    for run in range(arguments.runs):
        before = revision(path)
        child = subprocess.Popen([arguments.save_loop, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        first = read_line(child, deadline)
        if first is None:
            failures.append(f"run {run}: the child saved nothing: {child.stderr.read().decode()[:300]}")
            child.kill()
            child.wait()
            break
        saves += 1
        last = int(first.split()[1])
        stale = [entry for entry, pid in leftovers(folder, "rollout.json") if pid != child.pid]
        if stale:
            failures.append(f"run {run}: after a save, temporary files of killed saves remain: {stale}")
        time.sleep(chooser.uniform(0, arguments.max_delay) / 1000)
        os.kill(child.pid, signal.SIGKILL)
        for line in child.stdout.read().decode().splitlines():
            last = int(line.split()[1])
            saves += 1
        child.wait()
        now = revision(path)
        if now == last:
            outcomes["old (the last save that returned)"] += 1
        elif now == last + 1:
            outcomes["new (the save in flight)"] += 1
        else:
            failures.append(f"run {run}: revision {now}, expected {last} or {last + 1} (before the run {before})")
        check = subprocess.run([arguments.mppdash, "validate", path], capture_output=True, text=True)
        if check.returncode != 0:
            failures.append(f"run {run}: the file does not validate: {check.stdout[:300]}")
        if leftovers(folder, "rollout.json"):
            left_behind += 1
    elapsed = time.monotonic() - started
    final = leftovers(folder, "rollout.json")
    print(f"{arguments.runs} runs (seed {arguments.seed}, kill 0-{arguments.max_delay:g} ms after the first save) "
          f"in {elapsed:.1f} s, {saves} saves that returned")
    for outcome, count in sorted(outcomes.items()):
        print(f"  {count:4} {outcome}")
    print(f"  {left_behind:4} kills left temporary files, each removed by the next run's first save")
    print(f"  {len(failures):4} failures")
    for failure in failures[:20]:
        print("    " + failure)
    for entry, _ in final:
        os.unlink(os.path.join(folder, entry))
    for entry in os.listdir(folder):
        os.unlink(os.path.join(folder, entry))
    os.rmdir(folder)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
