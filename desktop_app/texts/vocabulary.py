"""Plain words for the technical values that appear inside messages (formats, encodings)."""

from __future__ import annotations

FORMAT_WORDS: dict[str, tuple[str, str]] = {
    "csv": ("texte CSV", "CSV text"),
    "xlsx": ("classeur Excel (.xlsx)", "Excel workbook (.xlsx)"),
    "xlsm": ("classeur Excel avec macros (.xlsm)", "Excel macro-enabled workbook (.xlsm)"),
    "xlsb": ("classeur Excel binaire (.xlsb)", "Excel binary workbook (.xlsb)"),
    "xls": ("classeur Excel 97-2003 (.xls)", "Excel 97-2003 workbook (.xls)"),
    "ods": ("classeur LibreOffice (.ods)", "LibreOffice spreadsheet (.ods)"),
    "html": ("page web (tableau HTML)", "web page (HTML table)"),
    "xml": ("feuille de calcul XML 2003", "XML Spreadsheet 2003"),
}

ENCODING_WORDS: dict[str, tuple[str, str]] = {
    "cp1252": ("le format de texte de Windows, dit « ANSI »", "Windows' “ANSI” text format"),
    "cp850": ("le format de texte de MS-DOS", "the MS-DOS text format"),
    "latin-1": ("le format de texte ISO Latin-1", "the ISO Latin-1 text format"),
    "iso8859-1": ("le format de texte ISO Latin-1", "the ISO Latin-1 text format"),
    "utf-8": ("le format de texte UTF-8", "the UTF-8 text format"),
    "utf-16-le": ("le format « Texte Unicode »", "the “Unicode Text” format"),
    "utf-16-be": ("le format « Texte Unicode »", "the “Unicode Text” format"),
}

KIND_WORDS: dict[str, tuple[str, str]] = {
    "pdf": ("un document PDF", "a PDF document"),
    "image": ("une image", "an image"),
    "word": ("un document de traitement de texte", "a word-processing document"),
    "presentation": ("une présentation", "a presentation"),
    "archive": ("une archive compressée", "a compressed archive"),
    "rtf": ("un document texte mis en forme (RTF)", "a rich-text document (RTF)"),
    "office": (
        "un document Office qui n'est pas un classeur",
        "an Office file that is not a workbook",
    ),
    "xml": (
        "un document XML qui n'est pas une feuille de calcul",
        "an XML document that is not a spreadsheet",
    ),
    "binary": (
        "un fichier dont DataMairie ne reconnaît pas le contenu",
        "a file whose content DataMairie does not recognise",
    ),
}

VOCABULARY: dict[str, dict[str, tuple[str, str]]] = {
    "declared": FORMAT_WORDS,
    "actual": FORMAT_WORDS,
    "format": FORMAT_WORDS,
    "encoding": ENCODING_WORDS,
    "fallback": ENCODING_WORDS,
    "kind": KIND_WORDS,
}
