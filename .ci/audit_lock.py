"""Check the locked dependencies (requirements-dev.txt, which holds the runtime lock too)
for known vulnerabilities with pip-audit.

A vulnerability found fails the run. A dependency the service could not check (the service
unreachable, or it does not know the package) is a loud warning, not a failure: a machine
without the internet can still run CI, and says plainly that the check did not happen.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements-dev.txt"
PIP_AUDIT = Path(sys.executable).parent / "pip-audit"


def warn(text):
    bar = "!" * 78
    print(f"\n{bar}\nWARNING: {text}\n{bar}\n", file=sys.stderr)


def main():
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "audit.json"
        done = subprocess.run(
            [str(PIP_AUDIT), "--require-hashes", "--disable-pip", "--progress-spinner", "off",
             "-r", str(LOCK), "-f", "json", "-o", str(report)],
            capture_output=True, text=True, check=False,
        )
        found = json.loads(report.read_text()) if report.exists() and report.stat().st_size else None
    if found is None:
        warn("the vulnerability check did not run: pip-audit could not reach its service.\n"
             + (done.stderr.strip().splitlines() or ["(no message)"])[-1])
        return 0
    dependencies = found.get("dependencies", [])
    vulnerable = [d for d in dependencies if d.get("vulns")]
    unchecked = [d for d in dependencies if d.get("skip_reason")]
    for dependency in vulnerable:
        for vuln in dependency["vulns"]:
            fixed = ", ".join(vuln.get("fix_versions") or []) or "no fixed release yet"
            print(f"VULNERABLE {dependency['name']} {dependency['version']}: {vuln['id']} (fixed in {fixed})")
    if vulnerable:
        print(f"{len(vulnerable)} locked dependencies have known vulnerabilities; upgrade them (README).")
        return 1
    if unchecked:
        warn(f"{len(unchecked)} of {len(dependencies)} locked dependencies were NOT checked for known "
             "vulnerabilities (the service could not be reached or does not know them), for example:\n"
             + unchecked[0]["skip_reason"])
        return 0
    print(f"No known vulnerabilities in the {len(dependencies)} locked dependencies.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
