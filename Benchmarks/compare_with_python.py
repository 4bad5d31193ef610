#!/usr/bin/env python3
"""Times mppdash's snapshot load against Python's json module, side by side.

Runs, interleaved and in alternating order, N times each (after one unmeasured warm-up run):

  (a) load-snapshot FILE   -- RolloutStore.load(path:): read + decode + validate + index
  (b) python3 -c "import json; json.load(open(FILE))"

and records each process's wall time and peak resident memory (ru_maxrss from os.wait4). Then it
times the built-in dataset's load (load-snapshot --builtin) and a load + save of FILE
(load-snapshot --save OUT FILE) the same way.

It builds nothing: pass the folder of the release binaries (`swift build -c release
--show-bin-path`). Prints medians and the targets of Benchmarks/README.md, and exits 1 when one is
missed:

  * the 100,000-MPP file loads no slower than Python parses it (median wall time, whole process);
  * the load's peak resident memory is under 4x the file size;
  * the built-in dataset loads in under 10 ms (median, measured inside the process).
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", required=True, help="folder of the release binaries (load-snapshot)")
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each command (default 7)")
    parser.add_argument("--save-runs", type=int, default=3, help="measured load + save runs (default 3; 0 skips)")
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

    if arguments.save_runs > 0:
        with tempfile.TemporaryDirectory(prefix="mppdash-save.") as folder:
            output = os.path.join(folder, "saved.json")
            saves = measure({"save": [loader, "--save", output, arguments.file]}, arguments.save_runs)["save"]
        save_inside = median([int(fields(out)["save_us"]) for _, _, out in saves]) / 1000
        save_peak = max(peak for _, peak, _ in saves)
        print(f"100,000-MPP load + save ({len(saves)} runs): save inside the process {save_inside:.1f} ms (median), "
              f"peak RSS of load + save {mib(save_peak):.1f} MiB = {save_peak / size:.2f}x file (reported, no target)")
    print()

    targets = [
        (f"100,000-MPP load no slower than python's json.load (ratio {ratio:.2f} <= 1)", ratio <= 1.0),
        (f"load peak RSS under {MEMORY_TARGET_RATIO:g}x the file ({memory_ratio:.2f}x)", memory_ratio < MEMORY_TARGET_RATIO),
        (f"built-in load under {BUILTIN_TARGET_MS:g} ms median ({builtin_inside:.2f} ms)", builtin_inside < BUILTIN_TARGET_MS),
    ]
    for text, met in targets:
        print(f"{'met   ' if met else 'MISSED'}  {text}")
    print(f"load average after: {' '.join(f'{value:.2f}' for value in os.getloadavg())}")
    return 0 if all(met for _, met in targets) else 1


if __name__ == "__main__":
    sys.exit(main())
