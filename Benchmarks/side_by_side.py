#!/usr/bin/env python3
"""Issue 12's table in one run: mppdash side by side with tabview, VisiData and `less -S` on the
same two tables, in a pseudo-terminal at 120x40 (tuibench: a pty and the pyte emulator).

  514 rows    mppdash on its built-in dataset; the peers on the regions it exports
              (`mppdash export --format csv --table regions`: every kabupaten/kota).
  100,000     mppdash on the 100,000-MPP synthetic snapshot (JSON); the peers on that snapshot's
              MPPs (`mppdash export --snapshot FILE --format csv --table malls`).

Each program runs N times per table (default 5) after one unmeasured warm-up, the programs
interleaved in rotating order, each run after the program ran once without a terminal (its
files back in the page cache, which this VM empties within seconds of disuse). One run: start,
wait for the data (mppdash: the Overview's "Cakupan nasional"; a peer: the first row's first cell),
then <down> x 50 (mppdash first opens its kabupaten/kota list with `3`), 1 s idle, then quit
(mppdash `Q`, the peers `q`). Per run:

  data on screen   spawn -> the marker on the emulated screen
  peak memory      VmHWM of the process tree just before quitting
  quit             the quit key -> exit
  a move           a <down>'s settle time (key -> its output's last byte), p50 of the run
  bytes of a move  median over <down> 2-30 (within the first screenful: the selection moves)
  bytes of a       median over <down> 41-50: past the first screenful, where every program
  scrolling move   scrolls (mppdash shows 36 rows of the list at 120x40; `less` scrolls at
                   every key)
  idle             bytes per second and CPU during the second after the keys

Then, once per program on the 514-row table, under strace: the write(2) calls to the terminal
for the first frame (everything before the first key: the terminal's set-up too), for a move and
for a scrolling move (j, which all four take for down). And the static binary: its size
unstripped and stripped (`strip` of a copy), and whether `ldd` of it lists exactly the shared
libraries the README names as its runtime needs.

The Python programs run as the real interpreter with the program's script: a pyenv shim or a
wrapper in front of them would add its own start (about 50 ms) to theirs.

Prints Markdown tables (medians of the runs, [min-max]; ratios against the best peer of the same
run), the load average before each run, and the goals of issue 12: met, or the distance.
Exits 1 when a goal is missed or a run failed.

  python3 Benchmarks/side_by_side.py --mppdash BIN --synthetic SNAPSHOT.json --static-binary BIN
      [--runs 5] [--jsonl RUNS.jsonl] [--tuibench PATH] [--only mppdash,less]
"""

import argparse
import fcntl
import json
import os
import pty
import re
import select
import shlex
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare_with_python import real_python  # noqa: E402
from terminal import DEFAULT_TUIBENCH, median_range  # noqa: E402

SIZE = "120x40"
MOVES = 50
WITHIN_SCREEN = range(2, 31)   # 1-based <down> keys that move the selection without scrolling
SCROLLING = range(41, MOVES + 1)
PEERS = ("tabview", "visidata", "less")
NAMES = {"mppdash": "mppdash", "tabview": "tabview", "visidata": "VisiData", "less": "less -S"}
STATIC_SIZE_GOAL = 25_000_000


def fail(message):
    sys.exit(f"side_by_side.py: {message}")


def python_program(name):
    """[interpreter, script] for a program pip installed: the script behind a pyenv shim (a shell
    script), run by the real interpreter its first line names."""
    path = shutil.which(name)
    if not path:
        fail(f"`{name}` not found: pip install tabview visidata pyte")
    with open(path, "rb") as file:
        first = file.readline()
    if b"python" not in first and shutil.which("pyenv"):
        found = subprocess.run(["pyenv", "which", name], capture_output=True, text=True)
        if found.returncode == 0 and found.stdout.strip():
            path = found.stdout.strip()
            with open(path, "rb") as file:
                first = file.readline()
    words = first[2:].decode().split() if first.startswith(b"#!") else []
    if words and os.path.basename(words[0]) == "env":
        words = [shutil.which(words[1]) or words[1]] if len(words) > 1 else []
    if not words or "python" not in os.path.basename(words[0]):
        return [path]
    asked = subprocess.run([words[0], "-c", "import sys; print(sys.executable)"], capture_output=True, text=True)
    interpreter = asked.stdout.strip() if asked.returncode == 0 and asked.stdout.strip() else words[0]
    return [os.path.realpath(interpreter), path]


def first_cell(path):
    """The first data row's first cell: what every viewer shows of the table first."""
    with open(path, newline="", encoding="utf-8") as file:
        file.readline()
        return file.readline().split(",")[0]


class Program:
    def __init__(self, label, argv, marker, keys, quit, prime, first_keys=()):
        self.label, self.argv, self.marker, self.keys, self.quit, self.prime = label, argv, marker, keys, quit, prime
        # What to type before the moves (under strace, `writes_per_frame`).
        self.first_keys = list(first_keys)

    def run(self, tuibench, jsonl, warmup, loads):
        subprocess.run(self.prime, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        loads.setdefault(self.label, []).append(os.getloadavg()[0])
        command = [sys.executable, tuibench, "run", "--label", self.label, "--size", SIZE,
                   "--marker", self.marker, "--keys", self.keys, "--quit", self.quit,
                   "--runs", "0" if warmup else "1", "--warmup", "1" if warmup else "0",
                   "--idle-window", "1000", "--timeout", "60", "--exit-timeout", "20", "--per-key",
                   "--no-summary", "--jsonl", jsonl, "--env", "LESSHISTFILE=-", "--"] + self.argv
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            fail(f"tuibench failed for {self.label} ({done.returncode}):\n{done.stderr}")


def programs_for(table, csv, mppdash, mppdash_args, python_programs, only):
    """The four programs on one table, by label."""
    name = first_cell(csv)
    down = f"<down>*{MOVES}"
    rows = 514
    makers = {
        "mppdash": lambda: Program(f"mppdash-{table}", [mppdash] + mppdash_args, "Cakupan nasional",
                                   shlex.quote(f"3=>re:\\b1/{rows}\\b") + " " + down, "Q",
                                   [mppdash, "render", "--screen", "regions"] + mppdash_args, first_keys=["3"]),
        "tabview": lambda: Program(f"tabview-{table}", python_programs["tabview"] + [csv], name, down, "q",
                                   python_programs["tabview"][:1] + ["-c", "import tabview"]),
        "visidata": lambda: Program(f"visidata-{table}", python_programs["visidata"] + [csv], name, down, "q",
                                    python_programs["visidata"] + ["--version"]),
        "less": lambda: Program(f"less-{table}", ["less", "-S", csv], name, down, "q", ["cat", csv]),
    }
    return {key: makers[key]() for key in only}


def down_bytes(record, keys):
    """Median bytes of the <down> keys numbered in `keys` (1-based)."""
    downs = [k["bytes"] for k in record.get("per_key", []) if k["step"] == f"<down>*{MOVES}"]
    chosen = [downs[i - 1] for i in keys if i <= len(downs)]
    return statistics.median(chosen) if chosen else None


METRICS = [
    # (name, record -> value, format, lower is better)
    ("data on screen", lambda r: r.get("first_frame_ms"), "ms"),
    ("peak memory (VmHWM)", lambda r: r.get("peak_rss_kb"), "MiB"),
    ("quit", lambda r: r.get("quit_ms"), "ms"),
    ("a move (↓ settled, p50)", lambda r: (r.get("steps", {}).get(f"<down>*{MOVES}") or {}).get("settle_ms_p50"), "ms"),
    ("bytes of a move", lambda r: down_bytes(r, WITHIN_SCREEN), "B"),
    ("bytes of a ↓ that scrolls", lambda r: down_bytes(r, SCROLLING), "B"),
    ("idle bytes/s", lambda r: r.get("idle_bytes_per_s"), "B"),
    ("idle CPU", lambda r: r.get("idle_cpu_pct"), "%"),
]


def formatted(value, unit):
    if value is None:
        return "-"
    if unit == "ms":
        return f"{value:,.1f} ms"
    if unit == "MiB":
        return f"{value / 1024:,.1f} MiB"
    if unit == "%":
        return f"{value:.1f}%"
    return f"{value:,.0f}"


def summarize(records, table, keys):
    """{program: {metric: (median, text)}} of one table's measured runs."""
    result = {}
    for key in keys:
        runs = [r for r in records if r["label"] == f"{key}-{table}" and not r.get("warmup")]
        result[key] = {}
        for name, get, unit in METRICS:
            values = [v for v in (get(r) for r in runs) if v is not None]
            median = statistics.median(values) if values else None
            result[key][name] = (median, median_range(values, lambda v, unit=unit: formatted(v, unit)))
    return result


def print_table(title, summary, keys, loads, table):
    peers = [k for k in keys if k != "mppdash"]
    print(f"\n### {title}\n")
    print("| measure | " + " | ".join(NAMES[k] for k in keys) + " | best peer | mppdash / best peer |")
    print("|---" * (len(keys) + 3) + "|")
    for name, _, unit in METRICS:
        cells = [summary[k][name][1] for k in keys]
        values = {k: summary[k][name][0] for k in peers if summary[k][name][0] is not None}
        best = min(values, key=values.get) if values else None
        ours = summary.get("mppdash", {}).get(name, (None,))[0]
        ratio = f"{ours / values[best]:.2f}" if best and ours is not None and values[best] else "-"
        print(f"| {name} | " + " | ".join(cells) + f" | {NAMES[best] if best else '-'} | {ratio} |")
    spans = [f"{NAMES[k]} {min(loads[f'{k}-{table}']):.2f}–{max(loads[f'{k}-{table}']):.2f}"
             for k in keys if loads.get(f"{k}-{table}")]
    print(f"\nLoad average (1 min) before the runs: {', '.join(spans)}.")


def drain(fd, quiet, limit):
    """Reads the terminal until nothing came for `quiet` seconds (after something came) or
    `limit` seconds passed; returns the bytes."""
    output, deadline, last = b"", time.monotonic() + limit, None
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.01)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
            last = time.monotonic()
        elif last is not None and time.monotonic() - last > quiet:
            break
    return output


CALL = re.compile(r"^\d+\s+(read|write)\(\d+<([^>]*)>.* = (-?\d+)")


def writes_per_frame(program, moves):
    """write(2) calls to the terminal: before the first key, and per key of `moves` j's (after
    the program's first keys, each typed once the output of the one before went quiet)."""
    handle, log = tempfile.mkstemp(suffix=".strace")
    os.close(handle)
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(LANG="C.UTF-8", TERM="xterm-256color", LESSHISTFILE="-")
        os.execvp("strace", ["strace", "-f", "-qq", "-y", "-s", "0", "-e", "trace=read,write", "-o", log] + program.argv)
    columns, rows = (int(n) for n in SIZE.split("x"))
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    drain(fd, 0.5, 60)
    for key in program.first_keys + ["j"] * moves:
        os.write(fd, key.encode())
        drain(fd, 0.15, 10)
    os.write(fd, program.quit.encode())
    drain(fd, 0.5, 10)
    os.waitpid(pid, 0)
    parts = [[]]
    with open(log) as trace:
        for line in trace:
            match = CALL.match(line)
            if not match or int(match.group(3)) <= 0:
                continue
            path = match.group(2)
            if not (path.startswith("/dev/pts/") or path == "/dev/tty"):
                continue
            if match.group(1) == "read":
                # A key of several bytes (an escape sequence) may come in several reads; j is one.
                parts.append([])
            else:
                parts[-1].append(int(match.group(3)))
    os.unlink(log)
    first, after = parts[0], parts[1 + len(program.first_keys):]
    moves_writes = [len(p) for p in after]
    pick = lambda keys: statistics.median([moves_writes[i - 1] for i in keys if i <= len(moves_writes)] or [0])
    return {"first frame": len(first), "first frame bytes": sum(first),
            "a move": pick(WITHIN_SCREEN), "a ↓ that scrolls": pick(SCROLLING)}


def static_binary(path):
    """Sizes of the binary unstripped and stripped, and what `ldd` lists."""
    with tempfile.TemporaryDirectory() as work:
        stripped = os.path.join(work, "mppdash")
        subprocess.run(["strip", "-o", stripped, path], check=True)
        size = os.path.getsize(stripped)
    ldd = subprocess.run(["ldd", path], capture_output=True, text=True).stdout
    needs = sorted({os.path.basename(line.split()[0]) for line in ldd.splitlines()
                    if "=>" in line or line.strip().startswith("/")})
    return os.path.getsize(path), size, needs


def readme_needs():
    """The shared libraries the project's README names as the binary's runtime needs."""
    readme = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "README.md")
    with open(readme, encoding="utf-8") as file:
        return sorted(set(re.findall(r"`([A-Za-z0-9_+.-]+\.so(?:\.\d+)+)`", file.read())))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mppdash", required=True, help="the release mppdash (the static build)")
    parser.add_argument("--synthetic", required=True, help="the 100,000-MPP synthetic snapshot (JSON)")
    parser.add_argument("--static-binary", help="the static build to strip and weigh (default: --mppdash)")
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each program per table (default 5)")
    parser.add_argument("--tuibench", default=os.environ.get("TUIBENCH", DEFAULT_TUIBENCH))
    parser.add_argument("--jsonl", help="keep tuibench's records in this file")
    parser.add_argument("--only", default="mppdash,tabview,visidata,less", help="programs to run (comma-separated)")
    arguments = parser.parse_args()
    only = [k for k in ("mppdash",) + PEERS if k in arguments.only.split(",")]
    if not os.path.isfile(arguments.tuibench):
        fail(f"tuibench not found at {arguments.tuibench}: set TUIBENCH or pass --tuibench")
    python_programs = {name: python_program(cmd) for name, cmd in (("tabview", "tabview"), ("visidata", "vd"))
                       if name in only}
    versions = {name: subprocess.run(argv[:1] + ["-c", f"import importlib.metadata as m; print(m.version('{name}'))"],
                                     capture_output=True, text=True).stdout.strip()
                for name, argv in python_programs.items()}
    less_version = subprocess.run(["less", "--version"], capture_output=True, text=True).stdout.split("\n")[0]

    work = tempfile.mkdtemp(prefix="mppdash-side-by-side.")
    try:
        regions = os.path.join(work, "regions.csv")
        malls = os.path.join(work, "malls-100k.csv")
        subprocess.run([arguments.mppdash, "export", "--format", "csv", "--table", "regions", "--output", regions],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run([arguments.mppdash, "export", "--snapshot", arguments.synthetic, "--format", "csv", "--table", "malls",
                        "--output", malls], check=True, stdout=subprocess.DEVNULL)
        jsonl = arguments.jsonl or os.path.join(work, "runs.jsonl")
        if os.path.exists(jsonl):
            os.remove(jsonl)
        programs_named = [f"{NAMES[k]} {versions[k]}" for k in python_programs] + [less_version]
        interpreters = sorted({argv[0] for argv in python_programs.values()})
        print(f"{time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; "
              f"{arguments.runs} runs each at {SIZE}; {', '.join(programs_named)}; "
              f"Python programs run by {', '.join(interpreters) or '-'}", flush=True)
        tables = [("514", "514 rows: built-in dataset / regions.csv", regions, []),
                  ("100k", "100,000 MPPs: synthetic snapshot / its malls as CSV", malls, ["--snapshot", arguments.synthetic])]
        loads, summaries = {}, {}
        for table, title, csv, mppdash_args in tables:
            programs = list(programs_for(table, csv, arguments.mppdash, mppdash_args, python_programs, only).values())
            for program in programs:
                program.run(arguments.tuibench, jsonl, True, {})
            for index in range(arguments.runs):
                shift = index % len(programs)
                for program in programs[shift:] + programs[:shift]:
                    program.run(arguments.tuibench, jsonl, False, loads)
            with open(jsonl) as file:
                records = [json.loads(line) for line in file if line.strip()]
            summaries[table] = summarize(records, table, only)
            print_table(title, summaries[table], only, loads, table)

        problems = [f"{r['label']} run {r.get('run')}: errors {r['errors']}, exit {r.get('exit_code')}, "
                    f"restored {r.get('terminal_restored')}"
                    for r in records if not r.get("warmup")
                    and (r["errors"] or not r.get("clean_exit") or not r.get("terminal_restored"))]

        print("\n### write(2) calls to the terminal (514 rows, under strace)\n")
        print("| | " + " | ".join(NAMES[k] for k in only) + " |")
        print("|---" * (len(only) + 1) + "|")
        writes = {}
        for key, program in programs_for("514", regions, arguments.mppdash, [], python_programs, only).items():
            writes[key] = writes_per_frame(program, MOVES)
        rows = [("first frame", "calls before the first key (set-up and first frame)"),
                ("first frame bytes", "bytes before the first key"),
                ("a move", "calls for a move (median of j 2–30)"),
                ("a ↓ that scrolls", "calls for a scrolling move (median of j 41–50)")]
        for key, label in rows:
            print(f"| {label} | " + " | ".join(f"{writes[k][key]:,.0f}" for k in only) + " |")

        static = static_binary(arguments.static_binary or arguments.mppdash)
        print(f"\nStatic binary: {static[0]:,} bytes, stripped {static[1]:,} ({static[1] / 1e6:.1f} MB); "
              f"ldd: {', '.join(static[2])}")
        print(f"\nLoad average at the end: {os.getloadavg()[0]:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report_goals(summaries, writes, static, problems)


def report_goals(summaries, writes, static, problems):
    """Issue 12's goals: met, or the measured distance."""
    def value(table, program, metric):
        return summaries.get(table, {}).get(program, {}).get(metric, (None,))[0]

    goals = []

    def goal(name, ours, bound, text):
        if ours is None or bound is None:
            goals.append((False, f"{name}: not measured in this run"))
            return
        met = ours <= bound
        distance = "" if met or ours is None or not bound else f" ({ours / bound:.2f}× the goal)"
        goals.append((met, f"{name}: {text}{distance}"))

    data, tab = value("100k", "mppdash", "data on screen"), value("100k", "tabview", "data on screen")
    goal("100k: data on screen ≤ 1/3 of tabview's", data, tab / 3 if tab else None,
         f"{formatted(data, 'ms')} vs {formatted(tab / 3 if tab else None, 'ms')}")
    peak, vd = value("100k", "mppdash", "peak memory (VmHWM)"), value("100k", "visidata", "peak memory (VmHWM)")
    goal("100k: peak memory ≤ 1/2 of VisiData's", peak, vd / 2 if vd else None,
         f"{formatted(peak, 'MiB')} vs {formatted(vd / 2 if vd else None, 'MiB')}")
    quit_ms = value("100k", "mppdash", "quit")
    goal("100k: quit ≤ 20 ms", quit_ms, 20.0, formatted(quit_ms, "ms"))
    move, tab_move = value("100k", "mppdash", "a move (↓ settled, p50)"), value("100k", "tabview", "a move (↓ settled, p50)")
    goal("100k: a move in the kab/kota list ≤ tabview's", move, tab_move,
         f"{formatted(move, 'ms')} vs {formatted(tab_move, 'ms')}")
    peak, vd = value("514", "mppdash", "peak memory (VmHWM)"), value("514", "visidata", "peak memory (VmHWM)")
    goal("built-in: peak memory ≤ 1/3 of VisiData's", peak, vd / 3 if vd else None,
         f"{formatted(peak, 'MiB')} vs {formatted(vd / 3 if vd else None, 'MiB')}")
    first, less = value("514", "mppdash", "data on screen"), value("514", "less", "data on screen")
    goal("built-in: first frame ≤ 2× less's", first, less * 2 if less else None,
         f"{formatted(first, 'ms')} vs {formatted(less * 2 if less else None, 'ms')}")
    scroll, tab_scroll = value("514", "mppdash", "bytes of a ↓ that scrolls"), value("514", "tabview", "bytes of a ↓ that scrolls")
    goal("a ↓ that scrolls ≤ tabview's bytes", scroll, tab_scroll, f"{formatted(scroll, 'B')} vs {formatted(tab_scroll, 'B')}")
    ours = writes.get("mppdash")
    if ours:
        most = max(ours["a move"], ours["a ↓ that scrolls"])
        goal("one write per frame (a move, a scrolling move)", most, 1, f"{most:.0f}")
    goal("static stripped binary ≤ 25 MB", static[1], STATIC_SIZE_GOAL, f"{static[1] / 1e6:.1f} MB")
    named = readme_needs()
    goals.append((static[2] == named, f"ldd lists what the README names: ldd {', '.join(static[2])}; "
                                      f"README {', '.join(named)}"))

    print("\n### Goals of issue 12\n")
    for met, text in goals:
        print(f"- {'met' if met else 'MISSED'}: {text}")
    for problem in problems:
        print(f"- FAILED run: {problem}")
    return 0 if all(met for met, _ in goals) and not problems else 1


if __name__ == "__main__":
    sys.exit(main())
