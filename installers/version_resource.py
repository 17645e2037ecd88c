"""Write the Windows version resource of the executables (what Explorer's Details tab shows).

Antivirus heuristics and IT contractors both look at it: company, product, description and a
four-part file version derived from DataMairie's own version.
"""

from __future__ import annotations

import re
from pathlib import Path

TEMPLATE = """VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040C04B0', [
      StringStruct('CompanyName', 'DataMairie'),
      StringStruct('FileDescription', 'DataMairie - publier les données de la commune'),
      StringStruct('FileVersion', '{dotted}'),
      StringStruct('InternalName', 'datamairie'),
      StringStruct('LegalCopyright', 'Logiciel libre'),
      StringStruct('OriginalFilename', 'datamairie.exe'),
      StringStruct('ProductName', 'DataMairie'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [0x040C, 1200])])
  ]
)
"""


def four_numbers(version: str) -> tuple[int, int, int, int]:
    """The version as Windows wants it: four integers ("1.2.3rc1" → 1, 2, 3, 0)."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def write_version_resource(path: Path, version: str) -> Path:
    """Write the resource file for ``version`` and return its path."""
    numbers = four_numbers(version)
    dotted = ".".join(str(number) for number in numbers)
    text = TEMPLATE.format(numbers=numbers, dotted=dotted, version=version)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
