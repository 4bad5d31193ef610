"""The process tree from /proc, for the SSH load benchmarks (ssh_load.py, serve_server.py)."""
import os


def parents():
    """Every process's parent, from /proc (zombies left out)."""
    result = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", encoding="utf-8", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":
            result[int(name)] = int(fields[1])
    return result
