"""One load generator for every throughput figure: wrk when it is installed (it costs the
server least CPU), otherwise Python threads with keep-alive connections.

`side_by_side` loads several addresses at the same moment, each with its own connections,
so that whatever the machine is doing meanwhile falls on all of them alike."""

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
    return side_by_side([url], headers, seconds=seconds, connections=connections)[0]


def side_by_side(urls, headers, *, seconds, connections):
    """[{"rps", "requests", "bad"}, ...]: each of `urls` loaded by `connections` clients of its
    own, all during the same `seconds`."""
    if shutil.which("wrk"):
        return _wrk(urls, headers, seconds, connections)
    return _threads(urls, headers, seconds, connections)


def _wrk(urls, headers, seconds, connections):
    command = ["wrk", "-t1", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--timeout", "30s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    running = [subprocess.Popen([*command, url], stdout=subprocess.PIPE, text=True) for url in urls]
    results = []
    for process in running:
        output, _ = process.communicate()
        if process.returncode:
            raise RuntimeError(f"wrk failed ({process.returncode}): {output}")
        results.append(_read_wrk(output))
    return results


def _read_wrk(output):
    total = int(re.search(r"(\d+) requests in", output).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    failed = (int(bad.group(1)) if bad else 0) + (sum(int(n) for n in errors.groups()) if errors else 0)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)), "requests": total,
            "bad": failed}


def _threads(urls, headers, seconds, connections):
    counts, bad, lock = [0] * len(urls), [0] * len(urls), threading.Lock()
    deadline = time.monotonic() + seconds

    def client(index):
        with requests.Session() as session:
            while time.monotonic() < deadline:
                try:
                    response = session.get(urls[index], headers=headers, timeout=30, allow_redirects=False)
                    ok = response.status_code == 200
                except requests.RequestException:
                    ok = False
                with lock:
                    counts[index] += 1
                    bad[index] += not ok

    threads = [threading.Thread(target=client, args=(index,)) for index in range(len(urls))
               for _ in range(connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    return [{"rps": counts[index] / elapsed, "requests": counts[index], "bad": bad[index]}
            for index in range(len(urls))]
