"""gunicorn serving Waymark on a free local port, with the bench's environment."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def children(pid):
    """Process ids whose parent is `pid`, read from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return sorted(found)


def memory_of(pid):
    """{"VmRSS": kB, "VmHWM": kB} from /proc/<pid>/status (VmHWM is the peak resident size)."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _colon, rest = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            values[name] = int(rest.split()[0])
    return values


def cpu_seconds(pid):
    """User and system CPU a process has used, in seconds, from /proc/<pid>/stat (0 if gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pids_named(name):
    """Every process whose command name is `name` (postgres, redis-server), from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() == name:
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


class Gunicorn:
    """`with Gunicorn(workers=3, threads=4, log=path) as server:` then request `server.url`."""

    def __init__(self, *, workers, threads, log):
        self.workers, self.threads, self.log = workers, threads, log
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def __enter__(self):
        self._log = open(self.log, "a")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind", f"127.0.0.1:{self.port}",
             "--workers", str(self.workers), "--threads", str(self.threads),
             # One thread a worker is production's shape (gunicorn.conf.py): sync workers.
             "--worker-class", "gthread" if self.threads > 1 else "sync",
             "--timeout", "300", "--keep-alive", "10", "--log-level", "warning",
             # gunicorn.conf.py recycles a worker after about 1,000 requests; a worker replaced
             # mid-run would take its memory figures with it (and the probe's /proc entry).
             "--max-requests", "0"],
            cwd=ROOT, env=os.environ.copy(), stdout=self._log, stderr=subprocess.STDOUT,
        )
        try:
            self._wait_until_serving()
        except BaseException:
            self.__exit__()
            raise
        return self

    def _wait_until_serving(self):
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped at start; see {self.log}")
            try:
                requests.get(f"{self.url}/accounts/login/", timeout=60)
                if len(self.worker_pids()) == self.workers:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"gunicorn did not answer within three minutes; see {self.log}")

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log.close()

    def worker_pids(self):
        return children(self.process.pid)
