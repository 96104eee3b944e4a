"""The terminal verifies the server's certificate, and can trust a company CA (--ca-file)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine

from server import create_app
from sync import ServerUnreachable, enrol
from tests.server.live import LiveServer, Till, enrolment_code

MakeTill = Callable[[str], Till]


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=60)


def _company_ca(folder: Path) -> tuple[Path, Path, Path]:
    """A CA and a certificate it signed for 127.0.0.1: (ca.pem, server.pem, server.key)."""
    ca_key, ca, key, csr, cert = (
        folder / n for n in ("ca.key", "ca.pem", "s.key", "s.csr", "s.pem")
    )
    _openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        str(ca_key),
        "-out",
        str(ca),
        "-days",
        "2",
        "-subj",
        "/CN=Test company CA",
    )
    _openssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        str(key),
        "-out",
        str(csr),
        "-subj",
        "/CN=127.0.0.1",
    )
    extensions = folder / "san.cnf"
    extensions.write_text("subjectAltName=IP:127.0.0.1\n")
    _openssl(
        "x509",
        "-req",
        "-in",
        str(csr),
        "-CA",
        str(ca),
        "-CAkey",
        str(ca_key),
        "-CAcreateserial",
        "-out",
        str(cert),
        "-days",
        "2",
        "-extfile",
        str(extensions),
    )
    return ca, cert, key


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_a_terminal_trusts_only_a_verified_server(
    tmp_path: Path, server_engine: Engine, till_factory: MakeTill
) -> None:
    ca, cert, key = _company_ca(tmp_path)
    live = LiveServer(create_app(server_engine), tls=(cert, key))
    try:
        till = till_factory("T-A")
        code = enrolment_code(server_engine, "Store")
        with pytest.raises(ServerUnreachable, match=r"cannot be verified.*--ca-file"):
            till.enrol(live.url, code)
        enrol(till.db, live.url, code, "T-A", ca_file=str(ca))
        till.url = live.url
        assert till.sync().pull.pages == 1
    finally:
        live.stop()
