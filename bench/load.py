"""One load generator for every throughput figure: wrk when it is installed (it costs the
server least CPU), otherwise Python threads with keep-alive connections."""

import re
import shutil
import subprocess
import threading
import time

import requests


def generator():
    """A name for the printout: which load generator this run uses."""
    wrk = shutil.which("wrk")
    if wrk is None:
        return "Python threads (requests, keep-alive)"
    version = subprocess.run([wrk, "--version"], capture_output=True, text=True).stdout.split()
    return f"wrk {version[1].removeprefix('debian/')}" if len(version) > 1 else "wrk"


def requests_per_second(url, headers, *, seconds, connections):
    """{"rps", "requests", "bad"}: GETs of `url` by `connections` clients for `seconds`."""
    if shutil.which("wrk"):
        return _wrk(url, headers, seconds, connections)
    return _threads(url, headers, seconds, connections)


def _wrk(url, headers, seconds, connections):
    command = ["wrk", "-t1", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--timeout", "30s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    total = int(re.search(r"(\d+) requests in", output).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    failed = (int(bad.group(1)) if bad else 0) + (sum(int(n) for n in errors.groups()) if errors else 0)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)), "requests": total,
            "bad": failed}


def _threads(url, headers, seconds, connections):
    counts, bad, lock = [0], [0], threading.Lock()
    deadline = time.monotonic() + seconds

    def client():
        with requests.Session() as session:
            while time.monotonic() < deadline:
                try:
                    ok = session.get(url, headers=headers, timeout=30, allow_redirects=False).status_code == 200
                except requests.RequestException:
                    ok = False
                with lock:
                    counts[0] += 1
                    bad[0] += not ok

    threads = [threading.Thread(target=client) for _ in range(connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"rps": counts[0] / (time.monotonic() - started), "requests": counts[0], "bad": bad[0]}
