"""The project file (``*.datamairie``), which travels to another computer whole.

It is a ZIP archive holding ``project.json`` and a copy of the agent's file.

Every save writes a complete new archive beside the old one, flushes it to disk, then renames
it over the old one in one step (core/files.py): a crash or a power cut at any moment leaves
the previous good version. The wizard saves after each change (``ProjectFile.save``); the
embedded copy of the source is carried over from the previous version of the file, its
compressed bytes copied as they are (archive.py). The temporary files an interrupted save
left behind are removed at the next successful open or save (leftovers.py).
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal, NoReturn

from desktop_app.core.errors import AppError
from desktop_app.core.files import replaced_atomically
from desktop_app.core.project.archive import carry_entry
from desktop_app.core.project.document import project_from_json, project_to_json
from desktop_app.core.project.leftovers import remove_stale_temporaries
from desktop_app.core.project.model import Project, ProjectError, SourceRecord
from desktop_app.core.project.source_file import (
    NotARegularFileError,
    fingerprint,
    open_regular,
    regular_size,
)
from desktop_app.core.sources.model import SourceInfo
from desktop_app.core.tasks import NO_PROGRESS, CancelToken, ProgressFn

EXTENSION = ".datamairie"
PROJECT_MEMBER = "project.json"
SOURCE_FOLDER = "source/"
_ALREADY_COMPRESSED = frozenset({".xlsx", ".xlsm", ".ods", ".zip", ".gz"})
_CHUNK = 1 << 20

_Embedder = Callable[[zipfile.ZipFile], None]
SourceState = Literal["unchanged", "changed", "unreadable", "missing", "not-a-file"]

__all__ = ["EXTENSION", "ProjectFile", "SourceCheck", "fingerprint", "source_record"]


def source_record_as_read(
    source: Path,
    project_path: Path,
    read: SourceInfo | None,
    *,
    progress: ProgressFn = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> SourceRecord:
    """The record of the agent's file, read again next time as ``read`` says (None: afresh).

    Raises:
        ProjectError: as ``source_record``.
        CancelledError: the agent cancelled while the file was being read.
    """
    if read is None:
        return source_record(source, project_path, progress=progress, cancel=cancel)
    return source_record(
        source,
        project_path,
        sheet=read.sheet,
        header_row=read.header_row,
        encoding=read.encoding,
        separator=read.separator,
        include=read.include,
        progress=progress,
        cancel=cancel,
    )


def source_record(
    source: Path,
    project_path: Path,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    encoding: str | None = None,
    separator: str | None = None,
    include: tuple[tuple[int, int], ...] = (),
    progress: ProgressFn = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> SourceRecord:
    """The record of the agent's file for a project saved at ``project_path``, and how it was read.

    The file is hashed in chunks, with ``progress`` and ``cancel`` (it may sit on a slow
    network share).

    Raises:
        ProjectError: the file cannot be read (``project-source-unreadable``), or is a folder
            or a special file (``project-source-not-a-file``).
        CancelledError: the agent cancelled while the file was being read.
    """
    try:
        size, sha256 = fingerprint(source, progress=progress, cancel=cancel)
    except NotARegularFileError:
        raise ProjectError("project-source-not-a-file", file=source.name) from None
    except OSError:
        raise ProjectError("project-source-unreadable", file=source.name) from None
    absolute = source.resolve()
    return SourceRecord(
        name=source.name,
        size=size,
        sha256=sha256,
        original_path=str(absolute),
        relative_path=_relative(absolute, project_path.resolve().parent),
        sheet=sheet,
        header_row=header_row,
        encoding=encoding,
        separator=separator,
        include=include,
    )


def _relative(target: Path, folder: Path) -> str | None:
    try:
        return Path(os.path.relpath(target, folder)).as_posix()
    except ValueError:  # another drive on Windows: no relative path exists
        return None


@dataclass(frozen=True)
class SourceCheck:
    """Whether the agent's file is still where it was, and unchanged since it was prepared.

    ``path`` is the file found (changed or not); when ``missing``, the project's embedded
    copy stands in for it. ``unreadable``: the file is there but could not be opened
    (another program holds it, or permissions refuse it); the copy stands in meanwhile.
    ``not-a-file``: what is at the recorded place is a folder, a device, a pipe or another
    special file; it was not read, and the copy stands in too.
    """

    state: SourceState
    path: Path | None = None


class ProjectFile:
    """One ``*.datamairie`` file: read it, save it after each change, get its source back."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def create(self, project: Project, source: Path) -> None:
        """Write a new project file, embedding a copy of ``source``.

        Raises:
            ProjectError: the project or the source cannot be written or read
                (``project-unwritable``, ``project-source-unreadable``).
        """
        try:
            with open_regular(source) as reading:
                self._write(project, lambda archive: _embed(archive, project.source, reading))
        except NotARegularFileError:
            raise ProjectError("project-source-not-a-file", file=source.name) from None
        except OSError:  # missing, locked by another program, or not readable by the agent
            raise ProjectError("project-source-unreadable", file=source.name) from None
        remove_stale_temporaries(self.path)

    def save(self, project: Project) -> None:
        """Save the project over its previous version, keeping the embedded source.

        The source's compressed bytes are copied as they are, never inflated and deflated
        again: an autosave costs a disk copy, not a recompression of the agent's file.

        Raises:
            ProjectError: the file cannot be read or written, or holds no source to carry
                over (``project-unwritable``, ``project-not-found``, ``project-damaged``).
        """
        try:
            with self.path.open("rb") as previous, zipfile.ZipFile(previous) as archive:
                entry = archive.getinfo(_source_member(archive))
                self._write(project, lambda target: carry_entry(target, entry, previous))
        except FileNotFoundError:
            raise ProjectError("project-not-found", file=self.path.name) from None
        except (zipfile.BadZipFile, KeyError):
            raise ProjectError("project-damaged", file=self.path.name) from None
        except OSError:  # the previous version cannot be opened: nothing was written
            raise ProjectError("project-unwritable", file=self.path.name) from None
        remove_stale_temporaries(self.path)

    def _write(self, project: Project, embed: _Embedder) -> None:
        document = json.dumps(project_to_json(project), ensure_ascii=False, indent=2)
        try:
            with (
                replaced_atomically(self.path, "wb") as stream,
                zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive,
            ):
                archive.writestr(PROJECT_MEMBER, document)
                embed(archive)
        except OSError:
            raise ProjectError("project-unwritable", file=self.path.name) from None

    def load(self) -> Project:
        """Read the project.

        Raises:
            ProjectError: the file is missing, damaged, not a project, or from a newer
                DataMairie (``project-not-found``, ``project-damaged``,
                ``project-not-recognised``, ``project-too-new``).
        """
        try:
            with zipfile.ZipFile(self.path) as archive:
                text = archive.read(PROJECT_MEMBER).decode("utf-8")
            # NaN and the infinities are no JSON: DataMairie never writes them, so a project
            # holding one is damaged (a NaN would also pass every bound of the format).
            document = json.loads(text, parse_constant=_refuse_constant)
        except FileNotFoundError:
            raise ProjectError("project-not-found", file=self.path.name) from None
        except (OSError, zipfile.BadZipFile, zlib.error, KeyError, UnicodeDecodeError, ValueError):
            raise ProjectError("project-damaged", file=self.path.name) from None
        try:
            project = project_from_json(document)
        except ProjectError as error:
            raise ProjectError(error.code, file=self.path.name, **error.params) from None
        remove_stale_temporaries(self.path)
        return project

    def extract_source(self, folder: Path) -> Path:
        """Write the embedded copy of the agent's file into ``folder``; returns its path.

        Raises:
            ProjectError: the file is missing or damaged.
            AppError: the copy cannot be written in ``folder`` (``output-unwritable``).
        """
        try:
            with zipfile.ZipFile(self.path) as archive:
                member = _source_member(archive)
                target = folder / Path(member).name
                try:
                    with archive.open(member) as reading, replaced_atomically(target, "wb") as out:
                        shutil.copyfileobj(reading, out, _CHUNK)
                except OSError:  # the folder for the copy is read-only or full
                    raise AppError("output-unwritable", file=target.name) from None
        except FileNotFoundError:
            raise ProjectError("project-not-found", file=self.path.name) from None
        except (OSError, zipfile.BadZipFile, zlib.error, KeyError):
            raise ProjectError("project-damaged", file=self.path.name) from None
        return target

    def check_source(
        self,
        project: Project,
        *,
        progress: ProgressFn = NO_PROGRESS,
        cancel: CancelToken | None = None,
    ) -> SourceCheck:
        """Find the agent's file where it was, or beside the project, and compare it.

        Only regular files are read. A size other than the recorded one means the file
        changed: it is not hashed. Otherwise its SHA-256 is computed in chunks, reporting
        progress and stopping when the agent cancels (the file may be on a slow share).

        Raises:
            CancelledError: the agent cancelled while the file was being read.
        """
        record = project.source
        candidates = [Path(record.original_path)] if record.original_path else []
        if record.relative_path is not None:
            candidates.append(self.path.resolve().parent / record.relative_path)
        changed: Path | None = None
        unreadable: Path | None = None
        special: Path | None = None
        for candidate in candidates:
            try:
                if regular_size(candidate) != record.size:
                    changed = changed or candidate
                    continue
                _, sha256 = fingerprint(
                    candidate, expected_size=record.size, progress=progress, cancel=cancel
                )
            except NotARegularFileError:
                special = special or candidate
                continue
            except OSError as error:
                # A file held open by another program (Windows) or refused by permissions is
                # there: the agent is told so, not that it moved.
                if not isinstance(error, FileNotFoundError | NotADirectoryError) and _exists(
                    candidate
                ):
                    unreadable = unreadable or candidate
                continue
            except ValueError:  # no possible path at all
                continue
            if sha256 == record.sha256:
                return SourceCheck("unchanged", candidate)
            changed = changed or candidate
        if changed is not None:
            return SourceCheck("changed", changed)
        if unreadable is not None:
            return SourceCheck("unreadable", unreadable)
        return SourceCheck("not-a-file", special) if special else SourceCheck("missing")


def _exists(path: Path) -> bool:
    try:
        return os.path.lexists(path)
    except ValueError:
        return False


def _source_member(archive: zipfile.ZipFile) -> str:
    for name in archive.namelist():
        if name.startswith(SOURCE_FOLDER) and not name.endswith("/"):
            # Only a plain file name is ever written out: never "..", never a sub-path.
            plain = name[len(SOURCE_FOLDER) :]
            if plain in ("", ".", "..") or "/" in plain or "\\" in plain:
                break
            return name
    raise KeyError(SOURCE_FOLDER)  # the callers report a damaged project


def _embed(archive: zipfile.ZipFile, record: SourceRecord, reading: IO[bytes]) -> None:
    packed = Path(record.name).suffix.lower() in _ALREADY_COMPRESSED
    info = zipfile.ZipInfo(SOURCE_FOLDER + Path(record.name).name)
    info.compress_type = zipfile.ZIP_STORED if packed else zipfile.ZIP_DEFLATED
    with archive.open(info, "w", force_zip64=True) as writing:
        shutil.copyfileobj(reading, writing, _CHUNK)


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")
