"""What a file really is, judged by its content rather than by its name.

Agents rename files, export "xls" files that are web pages, and send workbooks that a
password protects or that a broken e-mail attachment cut short. Each of these is recognised
here, before any reader runs, so that every one gets its own clear message.
"""

from __future__ import annotations

import errno
import stat as file_mode
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.errors import SourceError
from desktop_app.core.notices import Notice

if TYPE_CHECKING:
    import zipfile

    from desktop_app.core.sources.model import FileFormat

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"

# An XLSX is XML squeezed about ten to thirty times; a part that claims to unpack to more
# than this, or a hundred times its packed size past 100 MB, is built to exhaust memory.
MAX_UNPACKED_BYTES = 4 * 1024**3
MAX_RATIO = 100
RATIO_CHECK_FROM = 100 * 1024**2
# A sheet's XML takes about 40 bytes a cell: past this size it holds more than the reader
# accepts (workbook.MAX_CELLS), and is refused before it is loaded into memory.
MAX_SHEET_XML_BYTES = 1536 * 1024**2

_EXTENSION_FORMATS: dict[str, FileFormat] = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".tab": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsm",
    ".xlsb": "xlsb",
    ".xls": "xls",
    ".ods": "ods",
}

_FOREIGN_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "pdf"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
    (b"{\\rtf", "rtf"),
    (b"\x1f\x8b", "archive"),
    (b"7z\xbc\xaf", "archive"),
    (b"Rar!", "archive"),
)


@dataclass(frozen=True)
class SniffedFile:
    """The format a file really has, and what the agent should know about its name."""

    path: Path
    format: FileFormat
    size: int
    notices: tuple[Notice, ...] = ()


def declared_format(path: Path) -> FileFormat | None:
    """The format the file's extension claims, if it is one DataMairie reads."""
    return _EXTENSION_FORMATS.get(path.suffix.lower())


def sniff(path: Path) -> SniffedFile:
    """Recognise a file's real format and refuse what cannot be a table.

    Raises:
        SourceError: missing, locked, empty, protected, corrupt or foreign files.
    """
    size = _size_of(path)
    head = _read_head(path, 4096)
    if not head.strip(b"\x00 \t\r\n\xef\xbb\xbf\xff\xfe"):
        raise SourceError("file-empty", file=path.name)
    if head.startswith(ZIP_MAGIC):
        actual = _sniff_zip(path)
    elif head.startswith(OLE_MAGIC):
        actual = _sniff_ole(path)
    else:
        actual = _sniff_text(path, head)
    notices: list[Notice] = []
    declared = declared_format(path)
    if declared is not None and declared != actual and {declared, actual} != {"xlsx", "xlsm"}:
        notices.append(Notice.of("mislabelled-file", declared=declared, actual=actual))
    notices.extend(_open_elsewhere_notices(path))
    return SniffedFile(path=path, format=actual, size=size, notices=tuple(notices))


def _size_of(path: Path) -> int:
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise SourceError("file-not-found", file=path.name) from None
    except PermissionError:
        raise SourceError("file-locked", file=path.name) from None
    except OSError:
        raise SourceError("file-not-found", file=path.name) from None
    if path.is_dir():
        raise SourceError("not-a-file", file=path.name)
    if not file_mode.S_ISREG(stat.st_mode):
        # A pipe or a device: opening it would wait for a writer, or read without end.
        raise SourceError("special-file", file=path.name)
    return stat.st_size


def _read_head(path: Path, count: int) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(count)
    except PermissionError:
        raise SourceError("file-locked", file=path.name) from None
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EBUSY, errno.ETXTBSY):
            raise SourceError("file-locked", file=path.name) from None
        raise SourceError("file-unreadable", file=path.name) from None


def _sniff_zip(path: Path) -> FileFormat:
    # Imported for a workbook (or another archive) only: a CSV's sniffing does not need it.
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            _refuse_bombs(path, infos)
            if "xl/workbook.xml" in names:
                return "xlsm" if "xl/vbaProject.bin" in names else "xlsx"
            if "xl/workbook.bin" in names:
                return "xlsb"
            if "content.xml" in names or "mimetype" in names:
                return _check_ods(path, archive, names)
            if "word/document.xml" in names:
                raise SourceError("not-a-table", file=path.name, kind="word")
            if "ppt/presentation.xml" in names:
                raise SourceError("not-a-table", file=path.name, kind="presentation")
    except zipfile.BadZipFile:
        raise SourceError("corrupt-file", file=path.name) from None
    except (OSError, EOFError):
        raise SourceError("corrupt-file", file=path.name) from None
    raise SourceError("not-a-table", file=path.name, kind="archive")


def _refuse_bombs(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    total = 0
    for info in infos:
        total += info.file_size
        packed = max(info.compress_size, 1)
        if info.file_size > RATIO_CHECK_FROM and info.file_size / packed > MAX_RATIO:
            raise SourceError("decompression-bomb", file=path.name)
    if total > MAX_UNPACKED_BYTES:
        raise SourceError("decompression-bomb", file=path.name)
    for info in infos:
        is_sheet = info.filename.startswith("xl/worksheets/") or info.filename == "content.xml"
        if is_sheet and info.file_size > MAX_SHEET_XML_BYTES:
            raise SourceError("too-large-workbook", file=path.name)


def _check_ods(path: Path, archive: zipfile.ZipFile, names: set[str]) -> FileFormat:
    if "mimetype" in names:
        mimetype = archive.read("mimetype").strip()
        if mimetype != ODS_MIMETYPE:
            kind = "word" if b"text" in mimetype else "archive"
            raise SourceError("not-a-table", file=path.name, kind=kind)
    if "META-INF/manifest.xml" in names:
        manifest = archive.read("META-INF/manifest.xml")
        if b"encryption-data" in manifest:
            raise SourceError("password-protected", file=path.name)
    return "ods"


def _sniff_ole(path: Path) -> FileFormat:
    """Old binary Office files: a workbook, or a modern workbook locked with a password."""
    found = _scan_for(path, ("EncryptedPackage", "Workbook", "Book"))
    if "EncryptedPackage" in found:
        raise SourceError("password-protected", file=path.name)
    if "Workbook" in found or "Book" in found:
        return "xls"
    raise SourceError("not-a-table", file=path.name, kind="office")


def _scan_for(path: Path, names: tuple[str, ...]) -> set[str]:
    """Stream names of a compound file, found by their UTF-16 spelling in its directory."""
    patterns = {name: name.encode("utf-16-le") + b"\x00\x00" for name in names}
    found: set[str] = set()
    overlap = max(len(pattern) for pattern in patterns.values())
    tail = b""
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            window = tail + block
            found.update(name for name, pattern in patterns.items() if pattern in window)
            tail = window[-overlap:]
    return found


def _sniff_text(path: Path, head: bytes) -> FileFormat:
    for signature, kind in _FOREIGN_SIGNATURES:
        if head.startswith(signature):
            raise SourceError("not-a-table", file=path.name, kind=kind)
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<table")) or b"<html" in lowered[:512]:
        return "html"
    if lowered.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in head:
        return "xml"
    if lowered.startswith(b"<?xml") and b"Excel.Sheet" not in head:
        # Some other XML (a feed, an export of a business program): read as text it would
        # give one column titled with the XML declaration and no data.
        raise SourceError("not-a-table", file=path.name, kind="xml")
    if not _looks_like_text(head):
        raise SourceError("not-a-table", file=path.name, kind="binary")
    return "csv"


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if head.count(b"\x00") > len(head) // 4:
        # UTF-16 without a byte-order mark: every other byte of Latin text is zero.
        even, odd = head[0::2].count(0), head[1::2].count(0)
        return max(even, odd) > 0.4 * (len(head) / 2) and min(even, odd) < 0.05 * len(head)
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13, 26))
    return controls <= len(head) // 100


def _open_elsewhere_notices(path: Path) -> list[Notice]:
    """Excel and LibreOffice leave a lock file beside a workbook they have open."""
    excel_lock = path.with_name("~$" + path.name[2:] if len(path.name) > 2 else "~$" + path.name)
    candidates = (
        path.with_name("~$" + path.name),
        excel_lock,
        path.with_name(f".~lock.{path.name}#"),
    )
    if any(candidate.exists() for candidate in candidates):
        return [Notice.of("open-elsewhere", file=path.name)]
    return []
