"""Which text encoding a CSV file was saved in, and decoding it without losing a line.

French town halls still produce files in three families: UTF-8 (recent software, with or
without a byte-order mark), Windows-1252 (Excel's "CSV (séparateur: point-virgule)") and the
old DOS code page 850 (exports of accounting and civil-registry software). Some files even
mix them, when lines from two programs were pasted together.
"""

from __future__ import annotations

import codecs
import io
import re
from dataclasses import dataclass
from typing import BinaryIO

from typing_extensions import Buffer

from desktop_app.core.tasks import CancelToken, ProgressFn

SAMPLE_BYTES = 1 << 20
BLOCK_BYTES = 1 << 18
# A line at least twice this long holds a whole stretch of it, aligned on its multiples,
# without a line break: looking at those stretches tells long lines at memchr speed.
LINE_STRETCH = 1 << 16

# French letters and signs, to judge which 8-bit code page makes sense of the bytes.
_FRENCH = frozenset("éèêëàâäîïôöùûüçÉÈÊËÀÂÎÏÔÖÙÛÜÇœŒæÆ«»°€’…–—²")
_EIGHT_BIT = ("cp1252", "cp850", "latin-1")
_ASCII = bytes(range(0x80))
# After decoding with "surrogateescape", bytes that are not UTF-8 become U+DC80…U+DCFF.
_REFUSED = re.compile("[\udc80-\udcff]")
# A character written in UTF-8: a lead byte and its continuation bytes.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Bytes classed as UTF-8 lead (L) or continuation (C) bytes, the others as ".": a block
# without "LC" holds no UTF-8 character, which bytes.translate and "in" tell at C speed.
_UTF8_CLASSES = bytes(
    ord("C") if 0x80 <= byte <= 0xBF else ord("L") if 0xC2 <= byte <= 0xF4 else ord(".")
    for byte in range(256)
)


# The lead bytes of the UTF-8 characters French text uses (é, à, ç…, «, œ, ’, €): a
# Windows-1252 block without any is told at memchr speed.
_FRENCH_UTF8_LEADS = (b"\xc3", b"\xc2", b"\xe2", b"\xc5")


def _may_hold_utf8(data: bytes) -> bool:
    if not any(lead in data for lead in _FRENCH_UTF8_LEADS):
        return False
    return b"LC" in data.translate(_UTF8_CLASSES)


_NON_ASCII = re.compile("[\x80-\ud7ff\ue000-\U0010ffff]")


@dataclass(frozen=True)
class EncodingGuess:
    """The encoding to read a text file with, and the one to try on lines that refuse it."""

    encoding: str
    fallback: str | None = None
    bom: bytes = b""


def detect_encoding(sample: bytes) -> EncodingGuess:
    """Guess the encoding of a text file from its first bytes."""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if sample.startswith(bom):
            fallback = "cp1252" if name == "utf-8" else None
            return EncodingGuess(name, fallback=fallback, bom=bom)
    if sample.count(b"\x00") > len(sample) // 4:
        zeros_at_odd = sample[1::2].count(0) > sample[0::2].count(0)
        return EncodingGuess("utf-16-le" if zeros_at_odd else "utf-16-be")
    if _is_utf8(sample):
        return EncodingGuess("utf-8", fallback="cp1252")
    text = sample.decode("utf-8", errors="surrogateescape")
    refused = "".join(_REFUSED.findall(text)).encode("utf-8", errors="surrogateescape")
    utf8_letters = len(_NON_ASCII.findall(text))
    if utf8_letters >= len(refused) // 4 and utf8_letters > 0:
        # Lines in UTF-8 and lines in an 8-bit code page, pasted into one file.
        return EncodingGuess("utf-8", fallback=_best_eight_bit(refused) or "cp1252")
    eight_bit = _best_eight_bit(sample) or _charset_normalizer_guess(sample)
    return EncodingGuess(eight_bit, fallback="latin-1" if eight_bit != "latin-1" else None)


def _is_utf8(sample: bytes) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a sample cut in the middle of a character is still UTF-8.
        decoder.decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _best_eight_bit(sample: bytes) -> str | None:
    """The 8-bit code page under which the non-ASCII bytes read as French, if any."""
    high = sample.translate(None, delete=_ASCII)
    if not high:
        return None
    best, best_score = None, 0.0
    for name in _EIGHT_BIT:
        text = high.decode(name, errors="replace")
        score = sum(1 for char in text if char in _FRENCH) / len(text)
        if score > best_score:
            best, best_score = name, score
    return best if best_score >= 0.5 else None


def _charset_normalizer_guess(sample: bytes) -> str:
    # Imported here: the last resort costs every reading its import time otherwise.
    from charset_normalizer import from_bytes

    match = from_bytes(sample[:SAMPLE_BYTES]).best()
    if match is None or match.encoding in ("ascii", "utf_8"):
        return "cp1252"
    return codecs.lookup(match.encoding).name


class Utf8Stream(io.RawIOBase):
    """A file re-encoded to UTF-8 block by block, with progress, cancel and line fallback.

    The parser downstream always receives UTF-8. A block that the file's encoding refuses is
    decoded line by line: each line that refuses it is decoded with the fallback encoding and
    counted, so no line is ever lost.
    """

    def __init__(
        self,
        raw: BinaryIO,
        guess: EncodingGuess,
        *,
        size: int,
        progress: ProgressFn,
        cancel: CancelToken,
    ) -> None:
        super().__init__()
        self._raw = raw
        self._guess = guess
        self._size = max(size, 1)
        self._progress = progress
        self._cancel = cancel
        self._decoder = codecs.getincrementaldecoder(guess.encoding)()
        self._pending = b""
        self._buffer = memoryview(b"")
        self._offset = 0
        self._raw_done = False
        self._started = False
        self._utf8 = codecs.lookup(guess.encoding).name == "utf-8"
        self._by_line = guess.fallback is not None and not guess.encoding.startswith("utf-16")
        self.fallback_lines = 0
        self.other_encoding = guess.fallback or "latin-1"
        # Whether some line may be 2 × LINE_STRETCH bytes or longer (one a little shorter
        # may be taken for one): its cells are then worth measuring.
        self.long_lines = False
        # Line breaks read so far: more than the records parsed means a cell spans lines.
        self.line_breaks = 0

    def readable(self) -> bool:
        """Bytes are read from it."""
        return True

    def readinto(self, target: Buffer) -> int:
        """Put the next UTF-8 bytes in ``target``, up to one block; 0 at the end of the file.

        A raw stream may give fewer bytes than asked: the buffered reader above asks again,
        and no block is copied but into ``target``.
        """
        while self._offset >= len(self._buffer):
            if self._raw_done:
                return 0
            self._buffer = memoryview(self._next_block())
            self._offset = 0
        view = memoryview(target).cast("B")
        count = min(len(view), len(self._buffer) - self._offset)
        view[:count] = self._buffer[self._offset : self._offset + count]
        self._offset += count
        return count

    def _next_block(self) -> bytes:
        self._cancel.raise_if_cancelled()
        block = self._raw.read(BLOCK_BYTES)
        self._raw_done = not block
        self.line_breaks += block.count(b"\n")
        # Blocks are read whole from the start, so stretches keep their alignment.
        for start in range(0, len(block) - LINE_STRETCH + 1, LINE_STRETCH):
            if block.find(b"\n", start, start + LINE_STRETCH) < 0:
                self.long_lines = True
        if not self._started:
            self._started = True
            block = block.removeprefix(self._guess.bom)
        self._progress(min(self._raw.tell() / self._size, 1.0), "reading")
        if not self._by_line:
            return self._decode_strict(block).encode("utf-8")
        data = self._pending + block
        if block:
            cut = data.rfind(b"\n") + 1
            if cut == 0:
                self._pending = data
                return self._next_block()
            data, self._pending = data[:cut], data[cut:]
        else:
            self._pending = b""
        if not self._utf8 and _may_hold_utf8(data):
            # Lines pasted from a UTF-8 file into a Windows one: each reads in its own.
            return self._decode_lines(data, utf8_first=True).encode("utf-8")
        try:
            text = data.decode(self._guess.encoding)
        except UnicodeDecodeError:
            return self._decode_lines(data).encode("utf-8")
        return data if self._utf8 else text.encode("utf-8")

    def _decode_strict(self, block: bytes) -> str:
        try:
            return self._decoder.decode(block, final=not block)
        except UnicodeDecodeError:
            self.fallback_lines += 1
            return block.decode(self._guess.encoding, errors="replace")

    def _decode_lines(self, data: bytes, *, utf8_first: bool = False) -> str:
        fallback = self._guess.fallback or "latin-1"
        parts: list[str] = []
        for line in data.splitlines(keepends=True):
            if utf8_first and _UTF8_SEQUENCE.search(line):
                try:
                    parts.append(line.decode("utf-8"))
                except UnicodeDecodeError:
                    pass
                else:
                    self.fallback_lines += 1
                    self.other_encoding = "utf-8"
                    continue
            try:
                parts.append(line.decode(self._guess.encoding))
            except UnicodeDecodeError:
                self.fallback_lines += 1
                parts.append(_decode_forgiving(line, fallback))
        return "".join(parts)


def _decode_forgiving(line: bytes, encoding: str) -> str:
    try:
        return line.decode(encoding)
    except UnicodeDecodeError:
        return line.decode("latin-1")


def read_sample(raw: BinaryIO) -> bytes:
    """The first bytes of a file, to guess its encoding and layout from."""
    position = raw.tell()
    sample = raw.read(SAMPLE_BYTES)
    raw.seek(position)
    return sample


def decode_sample(sample: bytes, guess: EncodingGuess) -> str:
    """Decode a sample for layout guessing, forgiving a character cut at its end."""
    body = sample.removeprefix(guess.bom)
    text = body.decode(guess.encoding, errors="replace")
    return text
