"""The heading of a group of problems, the same on the Qualité page and in `validate`'s text."""

from __future__ import annotations

from desktop_app.texts.codes.validation import group_title_code
from desktop_app.texts.render import Language, render


def group_heading(
    *,
    cells: int,
    field: str | None,
    label: str | None,
    kind: str,
    whole_row: bool,
    lang: Language,
) -> str:
    """A group in a line: "396 cellules — « SIRET » (idBeneficiaire) — numéro abîmé par Excel".

    ``label`` is what the agent calls the field (their column, else the schema's title);
    ``whole_row`` tells a row's problem from the header's when there is no field.
    """
    count = render("group-cells", {"count": cells}, lang)
    if field is None:
        where = render("group-whole-row" if whole_row else "group-header", None, lang)
    elif label and label != field:
        where = render("group-column", {"label": label, "field": field}, lang)
    else:
        where = field
    return f"{count} — {where} — {render(group_title_code(kind), None, lang)}"
