#!/usr/bin/env python3
"""Memory per viewer over SSH: N concurrent sessions of the dashboard served on loopback, and the
proportional set size (PSS: a page shared by k processes counts 1/k in each) of every process on
the server's side, per session.

The server is OpenSSH's sshd with the recipe of docs/ssh.md (its first sshd_config block, the
viewers' `Match` applied to this user, its paths replaced by a scratch folder's and the given
mppdash; the same as Tests/EndToEndTests/OpenSSHRecipeTests.swift), started on a free loopback
port. Each session is `ssh -tt` on a pseudo-terminal of its own at 120x40 (reload.py's
`Terminal`), its screen kept by pyte; the sessions connect one after another (sshd's MaxStartups drops connections that
authenticate at once), and each moves through the screens (Overview, Provinces, Regions, Overview)
before the next connects. With all N open, /proc/PID/smaps_rollup gives the Pss of each process
below the sshd listener: each connection's two sshd processes (privilege separation: the
monitor and the session; only one when the account is root, for which sshd skips privilege
separation after login) and its mppdash. Prints, per N, the mean PSS of an mppdash, of a
connection's sshd processes (both) and of one such process, their sum per viewer, and the
listener's own. Then a save (the next revision renamed over the snapshot, as another mppdash
saves it) and the time until every session's screen shows it, with the processor time the
server's processes (the dashboards reading the file again, sshd carrying their redraws) used
meanwhile; the clients and pyte run on the same machine and take their share of it. Any other
process of a session (a shell the forced command left waiting) is named and counted in the sum
per viewer.

  python3 Benchmarks/ssh_load.py --mppdash PATH [--sessions 10,50] [--user NAME] [--json OUT.json]

Another server is measured by adding a class with the interface of `OpenSSHServer` (start,
client_command, processes, stop) and a choice for it in `--server`.
"""
import argparse
import json
import os
import re
import select
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

from reload import Terminal, write_atomically
from proc_tree import parents
from serve_server import MppdashServeServer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The keys each session presses, and what its screen shows once the key has been handled.
ROUTE = [("2", "Sumatera Utara"), ("3", "Kab. Aceh Selatan"), ("1", "Cakupan nasional")]
MIB = 1024.0


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def descendants(pid):
    children = {}
    for child, parent in parents().items():
        children.setdefault(parent, []).append(child)
    found, pending = [], list(children.get(pid, []))
    while pending:
        process = pending.pop()
        found.append(process)
        pending += children.get(process, [])
    return found


def pss_kib(pid):
    """The Pss line of /proc/PID/smaps_rollup, in KiB."""
    with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("Pss:"):
                return int(line.split()[1])
    raise RuntimeError(f"no Pss in /proc/{pid}/smaps_rollup")


def cpu_ticks(pid):
    """User plus system time of a process, in clock ticks."""
    with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def command_name(pid):
    with open(f"/proc/{pid}/comm", encoding="utf-8") as handle:
        return handle.read().strip()


def wait_until(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            sys.exit(f"timed out: {what}")
        time.sleep(0.01)


class OpenSSHServer:
    """sshd with docs/ssh.md's recipe for this user, on a loopback port."""

    name = "OpenSSH sshd + ForceCommand mppdash"

    def __init__(self, mppdash, folder, user):
        self.mppdash, self.folder, self.user = mppdash, folder, user
        self.sshd = next((p for p in ("/usr/sbin/sshd", "/usr/local/sbin/sshd", "/sbin/sshd") if os.access(p, os.X_OK)), None)
        if self.sshd is None or shutil.which("ssh") is None:
            sys.exit("needs sshd and ssh: apt-get install openssh-server openssh-client")
        self.version = subprocess.run(["ssh", "-V"], capture_output=True, text=True).stderr.strip()
        self.process = None

    def start(self):
        for name in ("host_key", "client_key"):
            subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", os.path.join(self.folder, name)], check=True)
        self.client_key = os.path.join(self.folder, "client_key")
        shutil.copy(self.client_key + ".pub", os.path.join(self.folder, "authorized_keys"))
        self.snapshot = os.path.join(self.folder, "rollout.json")
        subprocess.run([self.mppdash, "init", self.snapshot], check=True, capture_output=True)
        with open(os.path.join(ROOT, "docs", "ssh.md"), encoding="utf-8") as handle:
            recipe = re.search(r"```sshd_config\n(.*?)```", handle.read(), re.S).group(1)
        keys = os.path.join(self.folder, "authorized_keys")
        for documented, used in [("/usr/local/bin/mppdash", shlex.quote(self.mppdash)),
                                 ("/srv/mppdash/rollout.json", shlex.quote(self.snapshot)),
                                 ("/etc/mppdash/viewers.keys", keys), ("/etc/mppdash/editors/%u.keys", keys),
                                 ("Match User mppdash\n", f"Match User {self.user}\n")]:
            if documented not in recipe:
                sys.exit(f"docs/ssh.md's recipe has no {documented!r} any more: update {__file__}")
            recipe = recipe.replace(documented, used)
        if os.geteuid() == 0:
            os.makedirs("/run/sshd", mode=0o755, exist_ok=True)
        # The sessions' user reads the keys and the snapshot (the host key stays sshd's).
        os.chmod(self.folder, 0o755)
        os.chmod(keys, 0o644)
        self.port = free_port()
        config = os.path.join(self.folder, "sshd_config")
        with open(config, "w", encoding="utf-8") as handle:
            handle.write(f"ListenAddress 127.0.0.1:{self.port}\nHostKey {self.folder}/host_key\n"
                         f"PidFile {self.folder}/sshd.pid\nUsePAM no\nStrictModes no\n{recipe}")
        log = open(os.path.join(self.folder, "sshd.log"), "w", encoding="utf-8")
        self.process = subprocess.Popen([self.sshd, "-D", "-e", "-f", config], stdin=subprocess.DEVNULL,
                                        stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
        wait_until(lambda: "Server listening" in open(log.name, encoding="utf-8").read() or self.process.poll() is not None,
                   10, "sshd listening")
        if self.process.poll() is not None:
            sys.exit("sshd did not start: " + open(log.name, encoding="utf-8").read())

    def client_command(self):
        return ["ssh", "-tt", "-F", "/dev/null", "-i", self.client_key, "-p", str(self.port),
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "SendEnv=LANG", f"{self.user}@127.0.0.1"]

    def processes(self):
        """The server's own process and those of its sessions, as (pid, kind) with kind one of
        'server', 'session' (a connection's sshd processes) and 'dashboard'."""
        result = [(self.process.pid, "server")]
        for pid in descendants(self.process.pid):
            name = command_name(pid)
            dashboard = os.path.realpath(f"/proc/{pid}/exe") == os.path.realpath(self.mppdash)
            result.append((pid, "dashboard" if dashboard else "session" if name == "sshd" else name))
        return result

    def stop(self):
        for pid in descendants(self.process.pid):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        wait_until(lambda: not descendants(self.process.pid), 10, "the sessions ending")
        self.process.terminate()
        self.process.wait(timeout=10)


class Session(Terminal):
    """One client on a pseudo-terminal of its own (reload.py's), its screen kept by pyte; read
    together with the others (`pump`)."""

    def __init__(self, command, environment):
        super().__init__(command, environment)
        self.open = True

    def shows(self, text):
        return any(text in line for line in self.screen.display)

    def feed(self):
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            data = b""
        if data:
            self.stream.feed(data)
        else:
            self.open = False

    def close(self):
        os.write(self.fd, b"Q")

    def reap(self):
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return status


def pump(sessions, seconds):
    """Reads whatever the sessions wrote within `seconds`."""
    ready, _, _ = select.select([s.fd for s in sessions if s.open], [], [], seconds)
    for session in sessions:
        if session.fd in ready:
            session.feed()


def wait_for(sessions, session, text, seconds=30.0):
    deadline = time.monotonic() + seconds
    while not session.shows(text):
        if time.monotonic() > deadline or not session.open:
            sys.exit(f"a session never showed {text!r}:\n" + "\n".join(session.screen.display))
        pump(sessions, 0.05)


def measure(server, count, environment):
    with open(server.snapshot, encoding="utf-8") as handle:
        document = json.load(handle)
    sessions = []
    for _ in range(count):
        session = Session(server.client_command(), environment)
        sessions.append(session)
        wait_for(sessions, session, f"revisi {document['revision']}")
        for key, text in ROUTE:
            os.write(session.fd, key.encode())
            wait_for(sessions, session, text)
    pump(sessions, 0.2)
    kinds = {}
    for pid, kind in server.processes():
        kinds.setdefault(kind, []).append(pss_kib(pid))
    dashboards, connections = kinds.get("dashboard", []), kinds.get("session", [])
    others = [pss for kind, values in kinds.items() if kind not in ("dashboard", "session", "server") for pss in values]
    if len(dashboards) != count:
        sys.exit(f"{len(dashboards)} dashboards for {count} sessions: {kinds}")

    # A save as another mppdash makes it (the next revision renamed over the file), and how
    # long until every session's screen shows it, with the processor time it cost the server.
    document["revision"] += 1
    server_pids = [pid for pid, _ in server.processes()]
    ticks_before = sum(cpu_ticks(pid) for pid in server_pids)
    write_atomically(server.snapshot, document)
    saved = time.monotonic()
    for session in sessions:
        wait_for(sessions, session, f"revisi {document['revision']}")
    everyone = time.monotonic() - saved
    pump(sessions, 0.2)
    ticks = sum(cpu_ticks(pid) for pid in server_pids) - ticks_before
    for session in sessions:
        session.close()
    for session in sessions:
        while session.open:
            pump([session], 0.1)
        session.reap()
    wait_until(lambda: len(server.processes()) == 1, 30, "the sessions ending")
    return {
        "sessions": count,
        "dashboard_pss_mib": sum(dashboards) / count / MIB,
        "sshd_processes": len(connections),
        "sshd_per_connection_pss_mib": sum(connections) / count / MIB,
        "sshd_per_process_pss_mib": sum(connections) / max(1, len(connections)) / MIB,
        "per_viewer_pss_mib": (sum(dashboards) + sum(connections) + sum(others)) / count / MIB,
        "server_pss_mib": sum(kinds["server"]) / MIB,
        "save_to_every_screen_ms": everyone * 1000,
        "server_cpu_per_save_ms": ticks * 1000 / os.sysconf("SC_CLK_TCK"),
        "other_processes": {kind: len(values) for kind, values in kinds.items() if kind not in ("dashboard", "session", "server")},
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mppdash", required=True)
    parser.add_argument("--sessions", default="10,50", help="comma-separated session counts (default 10,50)")
    parser.add_argument("--server", choices=["openssh", "serve"], default="openssh")
    parser.add_argument("--user", help="the account the sessions log in as (default: this one); as root, sshd "
                        "skips privilege separation after login, so use an account of its own for the deployed figure")
    parser.add_argument("--json", help="also write the figures to this file")
    arguments = parser.parse_args()
    mppdash = os.path.abspath(arguments.mppdash)
    results = []
    with tempfile.TemporaryDirectory(prefix="mppdash-ssh-load-") as folder:
        user = arguments.user or subprocess.run(["id", "-un"], capture_output=True, text=True).stdout.strip()
        server_class = MppdashServeServer if arguments.server == "serve" else OpenSSHServer
        server = server_class(mppdash, folder, user)
        environment = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": folder, "LANG": "C.UTF-8", "TERM": "xterm-256color"}
        server.start()
        try:
            print(f"{server.name}: {server.version}; mppdash {mppdash} ({os.path.getsize(mppdash):,} bytes)")
            print("sessions | mppdash PSS | sshd per connection (processes) | sshd per process | per viewer | listener "
                  "| a save on every screen | server CPU for it")
            for count in (int(n) for n in arguments.sessions.split(",")):
                row = measure(server, count, environment)
                results.append(row)
                print(f"{count:8} | {row['dashboard_pss_mib']:7.2f} MiB | {row['sshd_per_connection_pss_mib']:7.2f} MiB "
                      f"({row['sshd_processes'] // count} each) | {row['sshd_per_process_pss_mib']:6.2f} MiB | "
                      f"{row['per_viewer_pss_mib']:6.2f} MiB | {row['server_pss_mib']:5.2f} MiB | "
                      f"{row['save_to_every_screen_ms']:6.0f} ms | {row['server_cpu_per_save_ms']:5.0f} ms"
                      + (f" | also {row['other_processes']}" if row["other_processes"] else ""))
        finally:
            server.stop()
    if arguments.json:
        with open(arguments.json, "w", encoding="utf-8") as handle:
            json.dump({"server": server.name, "version": server.version, "results": results}, handle, indent=2)


if __name__ == "__main__":
    main()
