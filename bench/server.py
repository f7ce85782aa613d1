"""gunicorn on 127.0.0.1 for the bench scripts, started the same way for each."""

import http.client
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start_gunicorn(*, port: int, workers: int, env: dict, log) -> subprocess.Popen:
    """Serve the app from the project folder and wait until /healthz answers 200."""
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "declines.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    for _ in range(150):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            pass
        if server.poll() is not None:
            break
        time.sleep(0.2)
    server.terminate()
    sys.exit(f"gunicorn did not answer /healthz; see {log.name}")
