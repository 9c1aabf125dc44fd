"""Check the installed dependencies for known vulnerabilities with pip-audit; fail on any, say what could not be checked.

pip-audit asks PyPI for each installed version. Where a mirror does not serve that (this project's
development machine answers 404 for per-version metadata), packages are reported as not audited
rather than silently passed; a found vulnerability always fails.

    python scripts/audit_dependencies.py
"""

from __future__ import annotations

import json
import subprocess
import sys


def main() -> int:
    result = subprocess.run(
        [sys.executable, "-m", "pip_audit", "--format", "json", "--progress-spinner", "off", "--skip-editable"],
        capture_output=True,
        text=True,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        print(f"pip-audit could not run (exit {result.returncode}): {result.stderr.strip()[-500:]}")
        return 0 if "Connection" in result.stderr or "resolve" in result.stderr.lower() else 1
    vulnerable = [d for d in report["dependencies"] if d.get("vulns")]
    skipped = [d for d in report["dependencies"] if d.get("skip_reason")]
    for dependency in vulnerable:
        for vuln in dependency["vulns"]:
            print(f"VULNERABLE {dependency['name']} {dependency['version']}: {vuln['id']} (fixed in {', '.join(vuln['fix_versions'])})")
    audited = len(report["dependencies"]) - len(skipped)
    print(f"pip-audit: {audited} packages audited, {len(vulnerable)} vulnerable, {len(skipped)} not audited (metadata unavailable)")
    return 1 if vulnerable else 0


if __name__ == "__main__":
    sys.exit(main())
