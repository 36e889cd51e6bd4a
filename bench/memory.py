"""Peak memory of the web process while it serves the readiness board.

A gunicorn with one worker and one thread serves the board three times; the worker's
VmHWM (its peak resident size, from /proc) is read before and after.
"""

import requests

from bench.server import Gunicorn, memory_of
from bench.sessions import headers_for


def peak_memory(org, *, log):
    headers = headers_for(org["manager"])
    with Gunicorn(workers=1, threads=1, log=log) as server:
        (worker,) = server.worker_pids()
        requests.get(server.url + "/accounts/login/", timeout=60)
        before = memory_of(worker)
        for _ in range(3):
            response = requests.get(server.url + "/readiness/", headers=headers, timeout=600, allow_redirects=False)
            if response.status_code != 200:
                raise RuntimeError(f"the board answered {response.status_code}")
        after = memory_of(worker)
    return {"after_start_mb": before["VmRSS"] / 1024, "peak_mb": after["VmHWM"] / 1024}
