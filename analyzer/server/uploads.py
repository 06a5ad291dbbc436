"""A multipart upload streamed to disk: the package goes chunk by chunk into a temporary file in the data
folder while its SHA-256 and size are computed, and the upload is refused (413) as soon as it passes the
limit; form fields are small text, bounded in number and size. The package is then moved, by its hash,
into the content-addressed store (blobs/ab/abcdef...): its name in the upload is only ever a label.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

FILE_FIELD = "file"
MAX_FIELDS = 32
MAX_FIELD_BYTES = 4096
_MULTIPART_SLACK = 1 << 20  # boundaries, part headers and form fields around the package
_DRAIN_LIMIT = 64 << 20  # after a 413, read (and drop) at most this much more, so the client sees the answer


class UploadError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def too_large(limit: int) -> UploadError:
    return UploadError(413, f"the upload is larger than this server's limit of {limit} bytes ({limit >> 20} MiB)")


def check_declared_length(content_length: str | None, limit: int) -> None:
    """Refuse from the headers alone when the client says the body is too large (before reading it)."""
    if content_length is None:
        return
    try:
        declared = int(content_length)
    except ValueError:
        raise UploadError(400, "Content-Length is not a number") from None
    if declared > limit + _MULTIPART_SLACK:
        raise too_large(limit)


def clean_file_name(raw: str | None) -> str:
    """A label for the package: the last path component of the client's name, printable, at most 255 chars."""
    name = re.split(r"[/\\]", raw or "")[-1]
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip()
    return name[:255] or "upload"


@dataclass
class Upload:
    path: Path  # the temporary file, in the data folder
    sha256: str
    size: int
    file_name: str
    fields: dict[str, list[str]] = field(default_factory=dict)

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


class _Receiver:
    """python-multipart callbacks: one file part to disk, the other parts as short text."""

    def __init__(self, tmp_dir: Path, limit: int) -> None:
        self.tmp_dir = tmp_dir
        self.limit = limit
        self.headers: dict[str, str] = {}
        self._field = b""
        self._value = b""
        self.part_name: str | None = None
        self.part_file: str | None = None
        self.text = bytearray()
        self.fields: dict[str, list[str]] = {}
        self.count = 0
        self.fd: int | None = None
        self.path: Path | None = None
        self.hash = hashlib.sha256()
        self.size = 0
        self.file_name: str | None = None
        self.ended = False

    def callbacks(self) -> dict:
        return {"on_part_begin": self.on_part_begin, "on_header_field": self.on_header_field,
                "on_header_value": self.on_header_value, "on_header_end": self.on_header_end,
                "on_headers_finished": self.on_headers_finished, "on_part_data": self.on_part_data,
                "on_part_end": self.on_part_end, "on_end": self.on_end}

    def on_part_begin(self) -> None:
        self.count += 1
        if self.count > MAX_FIELDS:
            raise UploadError(400, f"more than {MAX_FIELDS} form fields")
        self.headers = {}
        self.part_name = self.part_file = None
        self.text = bytearray()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._field += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._value += data[start:end]

    def on_header_end(self) -> None:
        self.headers[self._field.decode("latin-1").strip().lower()] = self._value.decode("utf-8", "replace")
        self._field = self._value = b""

    def on_headers_finished(self) -> None:
        disposition, params = parse_options_header(self.headers.get("content-disposition", ""))
        if disposition != b"form-data" or b"name" not in params:
            raise UploadError(400, "a form part without Content-Disposition: form-data; name=...")
        self.part_name = params[b"name"].decode("utf-8", "replace")
        if self.part_name == FILE_FIELD:
            if self.fd is not None:
                raise UploadError(400, f"more than one {FILE_FIELD!r} part: upload one package at a time")
            self.file_name = clean_file_name(params.get(b"filename", b"").decode("utf-8", "replace"))
            fd, name = tempfile.mkstemp(dir=self.tmp_dir, prefix="upload-")
            self.fd, self.path = fd, Path(name)

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        chunk = data[start:end]
        if self.part_name == FILE_FIELD:
            self.size += len(chunk)
            if self.size > self.limit:
                raise too_large(self.limit)
            self.hash.update(chunk)
            view = memoryview(chunk)
            while view:
                view = view[os.write(self.fd, view):]
        else:
            self.text += chunk
            if len(self.text) > MAX_FIELD_BYTES:
                raise UploadError(400, f"form field {self.part_name!r} is longer than {MAX_FIELD_BYTES} bytes")

    def on_part_end(self) -> None:
        if self.part_name != FILE_FIELD and self.part_name is not None:
            self.fields.setdefault(self.part_name, []).append(self.text.decode("utf-8", "replace"))

    def on_end(self) -> None:
        self.ended = True

    def close(self, keep: bool) -> None:
        if self.fd is not None:
            if keep:
                os.fsync(self.fd)
            os.close(self.fd)
            self.fd = None
        if not keep and self.path is not None:
            self.path.unlink(missing_ok=True)


async def receive(stream: AsyncIterator[bytes], content_type: str | None, tmp_dir: Path, limit: int) -> Upload:
    """Read a multipart/form-data body with one `file` part (the package) and text fields."""
    ctype, params = parse_options_header(content_type or "")
    if ctype != b"multipart/form-data" or not params.get(b"boundary"):
        raise UploadError(415, "send the package as multipart/form-data with a 'file' part")
    receiver = _Receiver(tmp_dir, limit)
    parser = MultipartParser(params[b"boundary"], receiver.callbacks(), max_size=limit + _MULTIPART_SLACK)
    received = 0
    keep = False
    try:
        async for chunk in stream:
            received += len(chunk)
            if received > limit + _MULTIPART_SLACK:
                raise too_large(limit)
            parser.write(chunk)
        parser.finalize()
        if not receiver.ended:
            raise UploadError(400, "the upload ended before its closing multipart boundary")
        if receiver.path is None:
            raise UploadError(400, f"no {FILE_FIELD!r} part: attach the package as the form field {FILE_FIELD!r}")
        keep = True
    except UploadError as exc:
        if exc.status == 413:
            await _drain(stream)
        raise
    except MultipartParseError as exc:
        raise UploadError(400, f"not a well-formed multipart body: {exc}") from None
    finally:
        receiver.close(keep)
    return Upload(receiver.path, receiver.hash.hexdigest(), receiver.size, receiver.file_name or "upload",
                  receiver.fields)


async def _drain(stream: AsyncIterator[bytes]) -> None:
    # A client still sending when the answer comes would see a reset connection instead of the 413.
    dropped = 0
    try:
        async for chunk in stream:
            dropped += len(chunk)
            if dropped > _DRAIN_LIMIT:
                return
    except Exception:  # noqa: BLE001 - the client went away: nothing left to drain
        return


def store(upload: Upload, blobs: Path) -> Path:
    """Move the upload into the content-addressed store (the same bytes are stored once)."""
    target = blobs / upload.sha256[:2] / upload.sha256
    target.parent.mkdir(exist_ok=True, mode=0o700)
    if target.exists() and target.stat().st_size == upload.size:
        upload.discard()
    else:
        os.chmod(upload.path, 0o600)
        os.replace(upload.path, target)
        _fsync_dir(target.parent)
    return target


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def clear_tmp(tmp_dir: Path) -> int:
    """Remove uploads left half-written by a server that stopped mid-upload."""
    n = 0
    for p in tmp_dir.glob("upload-*"):
        p.unlink(missing_ok=True)
        n += 1
    return n
