"""TLS is always verified: an untrusted certificate is a CertificateError, a school CA bundle
makes it trusted. The HTTPS peer is a stdlib server on 127.0.0.1 with a CA made here."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from optilearn_desktop.api.client import OptiLearnClient
from optilearn_desktop.api.config import ClientConfig
from optilearn_desktop.api.errors import (
    CaBundleError,
    CertificateError,
    CertificateProblem,
    InvalidCredentialsError,
)


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def make_ca_and_server_cert(
    folder: Path, *, expired: bool = False, host: str = "127.0.0.1"
) -> tuple[Path, Path, Path]:
    now = dt.datetime.now(dt.UTC)
    valid_until = now - dt.timedelta(days=2) if expired else now + dt.timedelta(days=30)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name("School proxy CA"))
        .issuer_name(_name("School proxy CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(host))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=10))
        .not_valid_after(valid_until)
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host))]),
            critical=False,
        )
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    ca_path, cert_path, key_path = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    ca_path.write_bytes(ca_cert.public_bytes(pem))
    cert_path.write_bytes(cert.public_bytes(pem))
    key_path.write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return ca_path, cert_path, key_path


class _Refuse(BaseHTTPRequestHandler):
    """Answers every sign-in with the documented 401 envelope."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.dumps(
            {"data": None, "error": {"code": "AUTH_REQUIRED", "message": "no", "details": None}}
        ).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def https_server(tmp_path) -> Iterator[tuple[str, Path]]:
    yield from serve_https(*make_ca_and_server_cert(tmp_path))


def serve_https(ca: Path, cert: Path, key: Path) -> Iterator[tuple[str, Path]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Refuse)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", ca
    finally:
        server.shutdown()
        server.server_close()


def test_untrusted_certificate_is_refused_with_a_clear_error(https_server, aio):
    url, _ = https_server
    client = OptiLearnClient(ClientConfig(base_url=url))
    try:
        with pytest.raises(CertificateError) as caught:
            aio(client.sign_in("svpms", "a@b.c", "pw"))
        assert "certificate" in caught.value.message
    finally:
        aio(client.aclose())


def test_a_school_ca_bundle_makes_the_proxy_trusted(https_server, aio):
    url, ca = https_server
    client = OptiLearnClient(ClientConfig(base_url=url, ca_bundle=ca))
    try:
        # The TLS handshake succeeds; the server's own answer (401) comes through as such.
        with pytest.raises(InvalidCredentialsError):
            aio(client.sign_in("svpms", "a@b.c", "pw"))
    finally:
        aio(client.aclose())


@pytest.mark.parametrize(
    ("case", "trusted", "error", "words"),
    [
        ("unknown issuer", False, CertificateProblem.UNKNOWN_ISSUER, ("--ca-bundle", "IT")),
        ("expired", True, CertificateProblem.EXPIRED, ("expired", "date and time")),
        ("another server's", True, CertificateProblem.WRONG_HOST, ("another server", "address")),
    ],
)
def test_each_certificate_failure_is_named_with_what_to_do(
    tmp_path, aio, case, trusted, error, words
):
    made = make_ca_and_server_cert(
        tmp_path, expired=case == "expired", host="127.0.0.2" if "another" in case else "127.0.0.1"
    )
    for url, ca in serve_https(*made):
        client = OptiLearnClient(ClientConfig(base_url=url, ca_bundle=ca if trusted else None))
        try:
            with pytest.raises(CertificateError) as caught:
                aio(client.sign_in("svpms", "a@b.c", "pw"))
            assert caught.value.problem is error
            assert all(word in caught.value.message for word in words)
        finally:
            aio(client.aclose())


@pytest.mark.parametrize(
    ("content", "why"),
    [(None, "does not exist"), (b"not a certificate\n", "no certificate in PEM form")],
)
def test_an_unusable_ca_bundle_names_the_file_and_why(tmp_path, content, why, aio):
    bundle = tmp_path / "school-ca.pem"
    if content is not None:
        bundle.write_bytes(content)
    client = OptiLearnClient(ClientConfig(base_url="https://learn.opticrm.app", ca_bundle=bundle))
    try:
        with pytest.raises(CaBundleError) as caught:  # the first request makes the connection
            aio(client.sign_in("svpms", "a@b.c", "pw"))
    finally:
        aio(client.aclose())
    assert str(bundle) in caught.value.message and why in caught.value.message
