"""A reportlab canvas whose memory stays flat however many pages it draws.

reportlab keeps every finished page's content in memory and assembles the whole file in memory
when it saves. Here each page's content is compressed as soon as the page is finished and
spooled to a temporary file, and `save()` writes the objects one by one straight to the target,
reading each page back from the spool. What stays in memory per page is a small object.

This leans on reportlab's document internals (object table, page list); `render_pdf` is tested
by reading its files back with pypdf, so a reportlab change that breaks it shows at once.
"""

from __future__ import annotations

import os
import tempfile
import zlib
from typing import Any, BinaryIO

from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas


class _SpooledStream(pdfdoc.PDFStream):  # type: ignore[misc]
    """A page content stream already compressed, kept in the spool file until saved."""

    def __init__(self, spool: BinaryIO, offset: int, length: int) -> None:
        super().__init__()
        self._spool, self._offset, self._length = spool, offset, length
        self.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])

    def format(self, document: Any) -> bytes:
        self._spool.seek(self._offset)
        self.content = self._spool.read(self._length)
        try:
            return bytes(super().format(document))
        finally:
            self.content = b""


class _SinkFile:
    """What reportlab's PDFFile does (count offsets), writing through to the target."""

    def __init__(self, out: BinaryIO, pdf_version: Any) -> None:
        self._out = out
        self.offset = 0
        self.add(pdfdoc.PDFFile(pdf_version).strings[0])

    def add(self, text: Any) -> int:
        data = pdfdoc.pdfdocEnc(text)
        where = self.offset
        self._out.write(data)
        self.offset += len(data)
        return where


class _StreamingDocument(pdfdoc.PDFDocument):  # type: ignore[misc]
    """PDFDocument.format, writing each object to `self.sink` instead of joining them."""

    sink: BinaryIO

    def format(self) -> bytes:
        self.encrypt.prepare(self)
        self.Reference(self.Catalog)
        self.Reference(self.info)
        out = _SinkFile(self.sink, self._pdfVersion)
        counter, ids = 0, []
        while True:
            counter += 1
            if counter not in self.numberToId:
                break
            oid = self.numberToId[counter]
            wrapped = pdfdoc.PDFIndirectObject(oid, self.idToObject[oid])
            self.idToOffset[oid] = out.add(wrapped.format(self))
            ids.append(oid)
        xref = pdfdoc.PDFCrossReferenceTable()
        xref.addsection(0, ids)
        start = out.add(xref.format(self))
        trailer = pdfdoc.PDFTrailer(
            startxref=start,
            Size=len(self.numberToId) + 1,
            Root=self.Reference(self.Catalog),
            Info=self.Reference(self.info),
            Encrypt=None,
            ID=self.ID(),
        )
        out.add(trailer.format(self))
        return b""


class StreamingCanvas(Canvas):  # type: ignore[misc]
    """A Canvas that spools finished pages and streams the file out on `save()`."""

    def __init__(self, target: str | BinaryIO, **options: Any) -> None:
        super().__init__(target, **options)
        self._doc.__class__ = _StreamingDocument
        self._target = target
        # Closed by save(): the spool lives exactly as long as the canvas draws.
        self._spool: BinaryIO = tempfile.TemporaryFile()  # noqa: SIM115

    def showPage(self) -> None:
        """Finish the page, then compress its content into the spool."""
        super().showPage()
        page = self._doc.Pages.pages[-1]
        data = zlib.compress(page.stream.encode("latin-1"))
        offset = self._spool.seek(0, os.SEEK_END)
        self._spool.write(data)
        page.Contents = _SpooledStream(self._spool, offset, len(data))
        page.stream = None

    def save(self) -> None:
        """Write the document to the target, object by object."""
        if len(self._code):
            self.showPage()
        try:
            if isinstance(self._target, str):
                with open(self._target, "wb") as out:
                    self._write(out)
            else:
                self._write(self._target)
        finally:
            self._spool.close()

    def _write(self, out: BinaryIO) -> None:
        self._doc.sink = out
        self._doc.GetPDFData(self)
