"""The one way out of the app to the operating system: web links through the LinkPolicy, and
certificate PDFs written to a private temporary folder first."""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from ..core.links import LinkPolicy

log = logging.getLogger(__name__)
PDF_FOLDER_PREFIX = "optilearn-pdf-"


class LinkOpener:
    def __init__(
        self,
        policy: LinkPolicy,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        *,
        kiosk: bool = False,
    ) -> None:
        self.policy = policy
        self._open_url = open_url
        self._folder: Path | None = None
        # A shared front-office computer hands nothing to the OS: no browser left on a
        # parent's page, no PDF left in a viewer or a temporary folder.
        self.kiosk = kiosk

    def open_web(self, url: str) -> bool:
        if self.kiosk:
            log.info("kiosk mode: a web link was not opened")
            return False
        if not self.policy.allows(url):
            log.warning("refused to open a link outside the school's OptiLearn server")
            return False
        return bool(self._open_url(QUrl(url, QUrl.ParsingMode.StrictMode)))

    def open_pdf(self, data: bytes, name: str) -> bool:
        """Write the PDF to a folder only this user can read and let the OS viewer open it."""
        if self.kiosk:
            log.info("kiosk mode: a certificate PDF was not opened")
            return False
        if not data.startswith(b"%PDF-"):
            return False
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix=PDF_FOLDER_PREFIX))  # mode 0o700
        safe = re.sub(r"[^A-Za-z0-9_-]+", "-", name).strip("-")[:80] or "certificate"
        path = self._folder / f"{safe}.pdf"
        path.write_bytes(data)
        return bool(self._open_url(QUrl.fromLocalFile(str(path))))

    @staticmethod
    def sweep_stale(temp_dir: Path | None = None) -> int:
        """At start: remove the PDF folders a crash left behind (this user's only). Returns
        how many were removed. Only one instance runs per user, so none of them is in use."""
        removed = 0
        for folder in Path(temp_dir or tempfile.gettempdir()).glob(PDF_FOLDER_PREFIX + "*"):
            try:
                mine = not hasattr(os, "getuid") or folder.stat().st_uid == os.getuid()
            except OSError:
                continue
            if folder.is_dir() and not folder.is_symlink() and mine:
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        if removed:
            log.info("removed %d certificate folder(s) left by an earlier run", removed)
        return removed

    def cleanup(self) -> None:
        """Remove the PDFs written this session (on sign-out and on quit)."""
        folder, self._folder = self._folder, None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
