#!/usr/bin/env python3
"""Times mppdash's snapshot load against Python's json module, side by side.

Runs, interleaved and in alternating order, N times each (after one unmeasured warm-up run):

  (a) load-snapshot FILE   -- RolloutStore.load(path:): read + decode + validate + index
  (b) python3 -c "import json; json.load(open(FILE))"

and records each process's wall time and peak resident memory (ru_maxrss from os.wait4). Then it
times the built-in dataset's load (load-snapshot --builtin) the same way.

Then saves, timed inside the processes (the load before them is not the point), on a copy of FILE
and of the built-in dataset in a temporary folder, interleaved and alternating like the loads:

  (c) load-snapshot --save COPY  -- one edit saved through RolloutStore.save: lock, check, validate,
                                   diff for the audit log, stream the file, fsync, .bak, rename,
                                   audit line, index what was written
  (d) python3: json.load(FILE), then json.dump(data, out, indent=2, sort_keys=True,
      ensure_ascii=False) -- the same canonical text -- timed around the dump alone

and the memory of the save alone: each process resets its peak (echo 5 > /proc/self/clear_refs)
just before the save and reports its resident memory then (VmRSS) and its peak after (VmHWM); the
save's own memory is the difference.

It builds nothing: pass the folder of the release binaries (`swift build -c release
--show-bin-path`). Prints medians and the targets of Benchmarks/README.md, and exits 1 when one is
missed:

  * the 100,000-MPP file loads no slower than Python parses it (median wall time, whole process);
  * the load's peak resident memory is under 4x the file size;
  * the built-in dataset loads in under 10 ms (median, measured inside the process);
  * the built-in dataset saves in under 20 ms (median, inside the process);
  * the 100,000-MPP snapshot saves no slower than Python's json.dump writes it (median);
  * the memory of that save (peak minus the resident memory before it) is under 2x the file size.
"""

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BUILTIN_TARGET_MS = 10.0
MEMORY_TARGET_RATIO = 4.0
BUILTIN_SAVE_TARGET_MS = 20.0
SAVE_MEMORY_TARGET_RATIO = 2.0

PYTHON_DUMP = """
import json, sys, time
def kib(key):
    for line in open('/proc/self/status'):
        if line.startswith(key + ':'):
            return int(line.split()[1])
    return 0
with open(sys.argv[1], encoding='utf-8') as source:
    data = json.load(source)
with open('/proc/self/clear_refs', 'w') as reset:
    reset.write('5')
before = kib('VmRSS')
start = time.perf_counter()
with open(sys.argv[2], 'w', encoding='utf-8') as out:
    json.dump(data, out, indent=2, sort_keys=True, ensure_ascii=False)
    out.write('\\n')
print(f"save_us={int((time.perf_counter() - start) * 1e6)} save_rss_before_kib={before} save_peak_kib={kib('VmHWM')}")
"""


def real_python():
    """The interpreter itself: a `python3` on PATH may be a shell script (a pyenv shim) that adds
    about 50 ms to every start; ask it for its own executable and time that."""
    found = shutil.which("python3")
    if not found:
        return sys.executable
    try:
        result = subprocess.run([found, "-c", "import sys; print(sys.executable)"], capture_output=True, text=True, check=True)
        return os.path.realpath(result.stdout.strip()) or found
    except (OSError, subprocess.CalledProcessError):
        return found


def run_once(argv):
    """Runs argv; returns (wall seconds, peak RSS bytes, stdout text). Fails on a non-zero exit."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # The outputs are a line or two, far below a pipe's buffer, so waiting before reading is safe.
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    stdout = process.stdout.read().decode()
    stderr = process.stderr.read().decode()
    process.stdout.close()
    process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"compare_with_python: {' '.join(argv)} exited with {process.returncode}:\n{stderr}")
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    peak = usage.ru_maxrss if platform.system() == "Darwin" else usage.ru_maxrss * 1024
    return wall, peak, stdout


def fields(stdout):
    """The key=value pairs load-snapshot prints."""
    return dict(item.split("=", 1) for item in stdout.split())


def median(values):
    return statistics.median(values)


def mib(count):
    return count / (1024 * 1024)


def measure(commands, runs):
    """Runs each named command `runs` times, interleaved, rotating which goes first; one
    unmeasured warm-up run each first. Returns {name: [(wall, peak, stdout), ...]}."""
    for argv in commands.values():
        run_once(argv)
    results = {name: [] for name in commands}
    names = list(commands)
    for index in range(runs):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            results[name].append(run_once(commands[name]))
    return results


def save_fields(stdout):
    """(save ms, resident MiB before the save, peak MiB during it) from a save's report."""
    values = fields(stdout)
    return int(values["save_us"]) / 1000, int(values["save_rss_before_kib"]) / 1024, int(values["save_peak_kib"]) / 1024


def compare_saves(loader, arguments, size):
    """Times the saves (see the module's docstring); returns their targets."""
    with tempfile.TemporaryDirectory(prefix="mppdash-save.") as folder:
        copy = os.path.join(folder, "synthetic.json")
        shutil.copyfile(arguments.file, copy)
        builtin = os.path.join(folder, "builtin.json")
        run_once([loader, "--init", builtin])
        results = measure({
            "mppdash": [loader, "--save", copy],
            "python": [arguments.python, "-c", PYTHON_DUMP, arguments.file, os.path.join(folder, "python.json")],
        }, arguments.save_runs)
        builtin_saves = measure({"builtin": [loader, "--save", builtin]}, max(arguments.save_runs, 15))["builtin"]
    mine = [save_fields(out) for _, _, out in results["mppdash"]]
    python = [save_fields(out) for _, _, out in results["python"]]
    mine_ms, python_ms = median([m for m, _, _ in mine]), median([m for m, _, _ in python])
    mine_extra = max(peak - before for _, before, peak in mine)
    python_extra = max(peak - before for _, before, peak in python)
    file_mib = mib(size)
    builtin_ms = median([save_fields(out)[0] for _, _, out in builtin_saves])
    save_ratio = mine_ms / python_ms
    print(f"100,000-MPP save, inside the process ({len(mine)} runs each; median time, max memory of the save itself):")
    print(f"  mppdash RolloutStore.save  {mine_ms:8.1f} ms   resident before {median([b for _, b, _ in mine]):7.1f} MiB, "
          f"peak {max(p for _, _, p in mine):7.1f} MiB, the save's own {mine_extra:6.1f} MiB = {mine_extra / file_mib:.2f}x file")
    print(f"  python3 json.dump          {python_ms:8.1f} ms   resident before {median([b for _, b, _ in python]):7.1f} MiB, "
          f"peak {max(p for _, _, p in python):7.1f} MiB, the dump's own {python_extra:6.1f} MiB = {python_extra / file_mib:.2f}x file")
    print(f"  ratio mppdash/python       {save_ratio:8.2f}")
    print(f"  all runs (ms): mppdash {[round(m) for m, _, _ in mine]}, python {[round(m) for m, _, _ in python]}")
    print(f"built-in dataset save ({len(builtin_saves)} runs): {builtin_ms:.2f} ms inside the process (median)")
    return [
        (f"built-in save under {BUILTIN_SAVE_TARGET_MS:g} ms median ({builtin_ms:.2f} ms)", builtin_ms < BUILTIN_SAVE_TARGET_MS),
        (f"100,000-MPP save no slower than python's json.dump (ratio {save_ratio:.2f} <= 1)", save_ratio <= 1.0),
        (f"the save's own memory under {SAVE_MEMORY_TARGET_RATIO:g}x the file ({mine_extra / file_mib:.2f}x)",
         mine_extra / file_mib < SAVE_MEMORY_TARGET_RATIO),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", required=True, help="folder of the release binaries (load-snapshot)")
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each command (default 7)")
    parser.add_argument("--save-runs", type=int, default=5, help="measured save runs of each side (default 5; 0 skips)")
    parser.add_argument("--python", default=real_python(), help="the Python to compare with (default: the real interpreter "
                        "behind `python3` on PATH, not a wrapper script such as a pyenv shim, whose start-up would be timed too)")
    parser.add_argument("file", help="the snapshot file, e.g. one written by synthetic-snapshot")
    arguments = parser.parse_args()

    loader = os.path.join(arguments.bin, "load-snapshot")
    if not os.access(loader, os.X_OK):
        sys.exit(f"compare_with_python: no {loader}; build it with swift build -c release --package-path Benchmarks")
    size = os.path.getsize(arguments.file)
    python_code = f"import json; json.load(open({arguments.file!r}))"

    print(f"machine: {os.cpu_count()} cores, {platform.system()} {platform.machine()}; "
          f"load average {' '.join(f'{value:.2f}' for value in os.getloadavg())}")
    print(f"file: {arguments.file}, {size:,} bytes ({mib(size):.1f} MiB)")
    print(f"runs: {arguments.runs} of each, interleaved, after one warm-up run each")
    print()

    results = measure({
        "mppdash": [loader, arguments.file],
        "python": [arguments.python, "-c", python_code],
    }, arguments.runs)
    mppdash_wall = median([wall for wall, _, _ in results["mppdash"]])
    python_wall = median([wall for wall, _, _ in results["python"]])
    mppdash_peak = max(peak for _, peak, _ in results["mppdash"])
    python_peak = max(peak for _, peak, _ in results["python"])
    inside = median([int(fields(out)["load_us"]) for _, _, out in results["mppdash"]]) / 1000
    ratio = mppdash_wall / python_wall
    memory_ratio = mppdash_peak / size

    print("100,000-MPP file, whole process (median wall; max peak RSS over the runs):")
    print(f"  mppdash load-snapshot  {mppdash_wall * 1000:8.1f} ms   peak RSS {mib(mppdash_peak):7.1f} MiB "
          f"= {memory_ratio:.2f}x file   (load inside the process: {inside:.1f} ms)")
    print(f"  python3 json.load      {python_wall * 1000:8.1f} ms   peak RSS {mib(python_peak):7.1f} MiB "
          f"= {python_peak / size:.2f}x file")
    print(f"  ratio mppdash/python   {ratio:8.2f}")
    print(f"  all runs (ms): mppdash {[round(w * 1000) for w, _, _ in results['mppdash']]}, "
          f"python {[round(w * 1000) for w, _, _ in results['python']]}")
    print()

    builtin = measure({"builtin": [loader, "--builtin"]}, max(arguments.runs, 15))["builtin"]
    builtin_inside = median([int(fields(out)["load_us"]) for _, _, out in builtin]) / 1000
    builtin_wall = median([wall for wall, _, _ in builtin])
    builtin_peak = max(peak for _, peak, _ in builtin)
    print(f"built-in dataset ({len(builtin)} runs): load inside the process {builtin_inside:.2f} ms (median), "
          f"whole process {builtin_wall * 1000:.1f} ms, peak RSS {mib(builtin_peak):.1f} MiB")

    targets = [
        (f"100,000-MPP load no slower than python's json.load (ratio {ratio:.2f} <= 1)", ratio <= 1.0),
        (f"load peak RSS under {MEMORY_TARGET_RATIO:g}x the file ({memory_ratio:.2f}x)", memory_ratio < MEMORY_TARGET_RATIO),
        (f"built-in load under {BUILTIN_TARGET_MS:g} ms median ({builtin_inside:.2f} ms)", builtin_inside < BUILTIN_TARGET_MS),
    ]
    if arguments.save_runs > 0:
        targets += compare_saves(loader, arguments, size)
    print()

    for text, met in targets:
        print(f"{'met   ' if met else 'MISSED'}  {text}")
    print(f"load average after: {' '.join(f'{value:.2f}' for value in os.getloadavg())}")
    return 0 if all(met for _, met in targets) else 1


if __name__ == "__main__":
    sys.exit(main())
