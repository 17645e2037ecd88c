"""Carrying the embedded source from one version of the project file to the next, as it is.

Python's zipfile can only write an entry by compressing its content again; for a source of a
hundred megabytes that takes seconds at every autosave. Here the entry's local header is
written afresh and its compressed bytes are copied straight from the previous archive, then
the entry is declared to the archive being written so that its central directory lists it.
That last step uses four attributes of ``zipfile.ZipFile`` that its type stubs declare but
its manual does not (``fp``, ``filelist``, ``NameToInfo``, ``start_dir``); the tests read
every saved archive back with zipfile and compare the source's bytes.
"""

from __future__ import annotations

import struct
import zipfile
from typing import IO

_LOCAL_HEADER = struct.Struct("<4s5H3L2H")  # APPNOTE 4.3.7: 30 bytes before the name
_LOCAL_SIGNATURE = b"PK\x03\x04"
_USES_DATA_DESCRIPTOR = 0x08
_CHUNK = 1 << 20


def carry_entry(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, previous: IO[bytes]) -> None:
    """Add ``entry`` of the archive in ``previous`` to ``archive`` without recompressing it.

    ``archive`` is open for writing on a seekable stream, with no entry open; ``previous``
    is the binary stream of the archive ``entry`` was read from.

    Raises:
        zipfile.BadZipFile: the previous archive is cut short or its entry is damaged.
        OSError: either file cannot be read or written.
    """
    out = archive.fp
    if out is None:
        raise ValueError("the archive is closed")
    data_start = _data_offset(entry, previous)
    copy = zipfile.ZipInfo(entry.filename, entry.date_time)
    copy.compress_type = entry.compress_type
    copy.external_attr = entry.external_attr
    # Sizes and CRC go into the local header itself: no data descriptor follows the data.
    copy.flag_bits = entry.flag_bits & ~_USES_DATA_DESCRIPTOR
    copy.CRC = entry.CRC
    copy.compress_size = entry.compress_size
    copy.file_size = entry.file_size
    out.seek(archive.start_dir)
    copy.header_offset = out.tell()
    large = max(copy.file_size, copy.compress_size) > zipfile.ZIP64_LIMIT
    out.write(copy.FileHeader(zip64=large))
    previous.seek(data_start)
    remaining = entry.compress_size
    while remaining:
        chunk = previous.read(min(remaining, _CHUNK))
        if not chunk:
            raise zipfile.BadZipFile("the previous archive is cut short")
        out.write(chunk)
        remaining -= len(chunk)
    archive.filelist.append(copy)
    archive.NameToInfo[copy.filename] = copy
    archive.start_dir = out.tell()


def _data_offset(entry: zipfile.ZipInfo, previous: IO[bytes]) -> int:
    """Where the entry's compressed bytes start: after its local header, name and extra field."""
    previous.seek(entry.header_offset)
    header = previous.read(_LOCAL_HEADER.size)
    if len(header) != _LOCAL_HEADER.size:
        raise zipfile.BadZipFile("the previous archive is cut short")
    fields = _LOCAL_HEADER.unpack(header)
    if fields[0] != _LOCAL_SIGNATURE:
        raise zipfile.BadZipFile("no local header where the entry should start")
    name_length, extra_length = fields[-2], fields[-1]
    return entry.header_offset + _LOCAL_HEADER.size + int(name_length) + int(extra_length)
