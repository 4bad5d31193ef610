"""`mppdash serve` as a server for Benchmarks/ssh_load.py: the same interface as its OpenSSHServer
(start, client_command, processes, stop), so that the load benchmark measures both side by side
(`--server serve`). The server is the `mppdash-serve` beside the given mppdash, on a free loopback
port, with a generated key authorised and the snapshot the sessions open; its processes are the
server itself and one mppdash per session, which it starts on a pseudo-terminal of its own.
"""
import os
import shutil
import signal
import socket
import subprocess
import sys
import time

from proc_tree import parents


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _children(pid):
    return [child for child, parent in parents().items() if parent == pid]


class MppdashServeServer:
    """mppdash serve (mppdash-serve, beside mppdash) on a loopback port."""

    name = "mppdash serve"

    def __init__(self, mppdash, folder, user):
        self.mppdash, self.folder, self.user = mppdash, folder, user
        self.server = os.path.join(os.path.dirname(mppdash), "mppdash-serve")
        if not os.access(self.server, os.X_OK) or shutil.which("ssh") is None:
            sys.exit(f"needs {self.server} (swift build -c release --product mppdash-serve) and ssh (apt-get install openssh-client)")
        self.version = f"{os.path.basename(self.server)} ({os.path.getsize(self.server):,} bytes)"
        self.process = None

    def start(self):
        self.client_key = os.path.join(self.folder, "serve_client_key")
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "viewer", "-f", self.client_key], check=True)
        keys = os.path.join(self.folder, "serve_authorized_keys")
        shutil.copy(self.client_key + ".pub", keys)
        self.snapshot = os.path.join(self.folder, "serve_rollout.json")
        subprocess.run([self.mppdash, "init", self.snapshot], check=True, capture_output=True)
        self.port = _free_port()
        self.log = os.path.join(self.folder, "serve.log")
        self.process = subprocess.Popen(
            [self.server, "--listen", f"127.0.0.1:{self.port}", "--authorized-keys", keys,
             "--host-key", os.path.join(self.folder, "serve_host_key"), "--snapshot", self.snapshot,
             "--dashboard", self.mppdash, "--max-sessions", "1000", "--log", self.log],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 10
        while not (os.path.exists(self.log) and "listening on" in open(self.log, encoding="utf-8").read()):
            if self.process.poll() is not None or time.monotonic() > deadline:
                sys.exit("mppdash serve did not start: " + (open(self.log, encoding="utf-8").read() if os.path.exists(self.log) else ""))
            time.sleep(0.01)

    def client_command(self):
        return ["ssh", "-tt", "-F", "/dev/null", "-i", self.client_key, "-p", str(self.port),
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "SendEnv=LANG", f"{self.user}@127.0.0.1"]

    def processes(self):
        """The server and its dashboards, as (pid, kind): 'server' and 'dashboard' (the server
        itself carries every connection: there is no process per session besides the dashboard)."""
        return [(self.process.pid, "server")] + [(pid, "dashboard") for pid in _children(self.process.pid)]

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)
