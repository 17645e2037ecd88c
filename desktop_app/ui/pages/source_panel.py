"""Step 1, "Fichier": open the agent's file, show the table found in it, let them correct it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import AppError
from desktop_app.core.sources import SheetInfo, Table, read_table
from desktop_app.core.sources.inclusion import without
from desktop_app.texts.vocabulary import FORMAT_WORDS
from desktop_app.ui.models.table_preview import TablePreviewModel
from desktop_app.ui.palette import tones
from desktop_app.ui.screen_fit import HOLDS_DATA
from desktop_app.ui.services import Services
from desktop_app.ui.widgets.drop_zone import DropZone
from desktop_app.ui.widgets.message_banner import MessageBanner
from desktop_app.ui.widgets.set_aside_list import SetAsideList

# Column widths follow the first rows' contents, within bounds that keep the table readable.
# (Measuring 200 rows × every column took 160 ms on the GUI thread; 50 are enough.)
PREVIEW_SIZING_ROWS = 50
MAX_COLUMN_WIDTH = 320


class SourcePanel(QWidget):
    """Opens a file off the GUI thread and shows what DataMairie found in it.

    Signals:
        table_loaded(object): the Table read from the agent's file.
        busy_changed(): reading started or ended.
    """

    table_loaded = Signal(object)
    busy_changed = Signal()

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, heading: bool = True
    ) -> None:
        super().__init__(parent)
        self._services = services
        t = services.texts
        self._texts = t
        self._runner = services.new_runner()
        self._path: Path | None = None
        self._header_choice: int | None = None  # the row the agent chose; None: found
        self.table: Table | None = None
        self._updating = False

        title = QLabel(t("file-step-title"))
        title.setStyleSheet("font-size:18px;font-weight:600;")
        intro = QLabel(t("file-step-intro"))
        intro.setWordWrap(True)
        self.banner = MessageBanner(t("retry"), t("details"))
        self.drop_zone = DropZone(t("drop-here"), t("choose-file"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.status = QLabel()
        self.cancel_button = QPushButton(t("cancel-work"))
        self.cancel_button.setAccessibleName(t("cancel-work").replace("&", ""))
        self.progress.setAccessibleName(t("progress-name"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rows_found = QLabel()
        self.rows_found.setWordWrap(True)
        self.header_found = QLabel()
        self.header_found.setWordWrap(True)
        highlight = tones(self.palette()).highlight
        self.header_found.setStyleSheet(
            f"background:{highlight.background};border:1px solid {highlight.border};"
            f"border-radius:4px;padding:4px 8px;color:{highlight.text};"
        )
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(t("sheet").rstrip(" :"))
        self.header_spin = QSpinBox()
        self.header_spin.setAccessibleName(t("header-row").rstrip(" :").replace("&", ""))
        self.header_spin.setSpecialValueText(t("header-none"))
        self.preview_model = TablePreviewModel(t)
        self.preview = QTableView()
        self.preview.setProperty(HOLDS_DATA, True)  # the agent's cells, cut as in Excel
        self.preview.setAccessibleName(t("preview-name"))
        self.preview.setModel(self.preview_model)
        self.preview.setAlternatingRowColors(True)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setDefaultSectionSize(160)
        self.preview.horizontalHeader().setResizeContentsPrecision(PREVIEW_SIZING_ROWS)
        self.preview.setWordWrap(False)
        self.excluded_list = SetAsideList(t)
        self.notices_list = QListWidget()
        self.excluded_list.setAccessibleName(t("excluded-title-heading"))
        self.notices_list.setAccessibleName(t("notices-heading"))
        self.notices_list.setWordWrap(True)
        self.notices_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notices_list.setSpacing(4)
        title.setVisible(heading)
        intro.setVisible(heading)
        self._layout(title, intro)
        self._connect()
        self._set_busy(False)
        self._show_choices(None)

    def _layout(self, title: QLabel, intro: QLabel) -> None:
        t = self._texts
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.progress, 1)
        busy_row.addWidget(self.status, 2)
        busy_row.addWidget(self.cancel_button)
        self.result_area = QWidget()
        choices = QHBoxLayout()
        self._sheet_label = QLabel(t("sheet"))
        self._sheet_label.setBuddy(self.sheet_combo)
        choices.addWidget(self._sheet_label)
        choices.addWidget(self.sheet_combo, 2)
        choices.addSpacing(16)
        header_label = QLabel(t("header-row"))
        header_label.setBuddy(self.header_spin)
        choices.addWidget(header_label)
        choices.addWidget(self.header_spin)
        choices.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self._excluded_heading = QLabel(f"<b>{t('excluded-title-heading')}</b>")
        self._notices_heading = QLabel(f"<b>{t('notices-heading')}</b>")
        side_layout.addWidget(self._excluded_heading)
        side_layout.addWidget(self.excluded_list, 1)
        side_layout.addWidget(self._notices_heading)
        side_layout.addWidget(self.notices_list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.preview)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.drop_zone)
        layout.addLayout(busy_row)
        result_layout = QVBoxLayout(self.result_area)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.summary)
        result_layout.addWidget(self.rows_found)
        result_layout.addWidget(self.header_found)
        result_layout.addLayout(choices)
        result_layout.addWidget(splitter, 1)
        layout.addWidget(self.result_area, 1)
        self._empty_state = QLabel(t("empty-state"))
        self._empty_state.setStyleSheet(f"color:{tones(self.palette()).muted_text};")
        layout.addWidget(self._empty_state)
        layout.addStretch(0)

    def _connect(self) -> None:
        self.drop_zone.browse_requested.connect(self._on_drop_zone_browse_requested)
        self.drop_zone.file_dropped.connect(self.open_file)
        self.cancel_button.clicked.connect(self._runner.cancel)
        self.banner.retry_requested.connect(self._on_banner_retry_requested)
        self.sheet_combo.currentIndexChanged.connect(self._on_sheet_combo_changed)
        self.header_spin.valueChanged.connect(self._on_header_spin_changed)
        self.excluded_list.include_requested.connect(self._on_excluded_list_include_requested)
        self.excluded_list.exclude_requested.connect(self._on_excluded_list_exclude_requested)
        self._runner.progressed.connect(self._on_runner_progressed)
        self._runner.succeeded.connect(self._on_runner_succeeded)
        self._runner.failed.connect(self._on_runner_failed)
        self._runner.cancelled.connect(self._on_runner_cancelled)

    @Slot(object)
    def open_file(
        self,
        path: Path,
        sheet: str | None = None,
        header_row: int | None = None,
        include: tuple[tuple[int, int], ...] = (),
    ) -> None:
        """Read ``path`` in the background; the preview updates when it is done.

        ``include`` names the parts set aside that the agent takes back in as data.
        """
        self._path = path
        self._header_choice = header_row
        self.banner.clear()
        self._set_busy(True)
        self.status.setText(self._texts("step-opening"))
        self._runner.start(read_table, path, sheet=sheet, header_row=header_row, include=include)
        self.busy_changed.emit()

    def show_table(self, table: Table) -> None:
        """Show a table already read (used by screenshots and when resuming)."""
        self._path = table.source.path
        self._on_runner_succeeded(table)

    def abandon(self) -> None:
        """Drop the reading in flight without a word (another project is being opened)."""
        self._runner.abandon()
        self._path = None if self.table is None else self.table.source.path
        self._set_busy(False)

    def shutdown(self) -> None:
        """Stop any reading in progress (the window is closing)."""
        self._runner.shutdown()

    @property
    def busy(self) -> bool:
        """Whether a file is being read."""
        return self._runner.busy

    def reading(self, path: Path) -> bool:
        """Whether ``path`` is the file being read or shown."""
        return self._path == path

    def _set_busy(self, busy: bool) -> None:
        self.busy_changed.emit()
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.status.setVisible(busy)
        self.drop_zone.setEnabled(not busy)
        if busy:
            self.progress.setValue(0)

    @Slot()
    def _on_drop_zone_browse_requested(self) -> None:
        chosen = self._services.dialogs.ask_source_file(self)
        if chosen is not None:
            self.open_file(chosen)

    @Slot()
    def _on_banner_retry_requested(self) -> None:
        if self._path is not None:
            self.open_file(self._path)

    @Slot(float, str)
    def _on_runner_progressed(self, fraction: float, step: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.status.setText(self._texts(f"step-{step}"))

    @Slot(object)
    def _on_runner_succeeded(self, table: Table) -> None:
        self._set_busy(False)
        self.table = table
        self.preview_model.set_table(table)
        self._fit_columns()
        self._show_choices(table)
        self._show_summary(table)
        self.table_loaded.emit(table)

    @Slot(object)
    def _on_runner_failed(self, error: AppError) -> None:
        self._set_busy(False)
        params = ", ".join(f"{key} = {value}" for key, value in error.params.items())
        self.banner.show_message(
            error.code, self._texts(error.code, error.params), details=f"{error.code} ({params})"
        )

    @Slot()
    def _on_runner_cancelled(self) -> None:
        self._set_busy(False)
        self.banner.show_message("cancelled", self._texts("cancelled-status"), level="info")

    def _fit_columns(self) -> None:
        self.preview.resizeColumnsToContents()
        header = self.preview.horizontalHeader()
        for column in range(header.count()):
            if header.sectionSize(column) > MAX_COLUMN_WIDTH:
                header.resizeSection(column, MAX_COLUMN_WIDTH)

    def _show_summary(self, table: Table) -> None:
        t = self._texts
        words = FORMAT_WORDS.get(table.source.format, (table.source.format,) * 2)
        self.summary.setText(
            t.of(
                "summary",
                file=table.source.path.name,
                format=words[0] if t.lang == "fr" else words[1],
                rows=table.row_count,
                columns=len(table.columns),
            )
        )
        self.header_found.setText(self._header_text(table))
        self.rows_found.setText(self._rows_text(table))
        self.excluded_list.show_parts(table.excluded, table.included)
        self.notices_list.clear()
        self.notices_list.addItems([t(notice.code, notice.params) for notice in table.notices])
        for heading, side_list in (
            (self._excluded_heading, self.excluded_list),
            (self._notices_heading, self.notices_list),
        ):
            heading.setVisible(side_list.count() > 0)
            side_list.setVisible(side_list.count() > 0)

    def _rows_text(self, table: Table) -> str:
        """The data rows kept out of all the rows of the sheet: nothing left out in silence."""
        source = table.source
        sheet = next((info for info in source.sheets if info.name == source.sheet), None)
        if sheet is not None:
            return self._texts.of("rows-of-sheet", rows=table.row_count, total=sheet.rows)
        seen = [int(table.row_numbers.max(initial=0))]
        seen += [part.last_row for part in (*table.excluded, *table.included)]
        return self._texts.of("rows-of-file", rows=table.row_count, total=max(seen))

    def _reread(self, include: tuple[tuple[int, int], ...]) -> None:
        if self._path is None or self.table is None:
            return
        sheet = self.table.source.sheet
        self.open_file(self._path, sheet=sheet, header_row=self._header_choice, include=include)

    @Slot(int, int)
    def _on_excluded_list_include_requested(self, first: int, last: int) -> None:
        include = self.table.source.include if self.table is not None else ()
        self._reread(tuple(sorted({*include, (first, last)})))

    @Slot(int, int)
    def _on_excluded_list_exclude_requested(self, first: int, last: int) -> None:
        include = self.table.source.include if self.table is not None else ()
        self._reread(without(include, first, last))

    def _header_text(self, table: Table) -> str:
        t = self._texts
        names = [column.label or column.name for column in table.columns]
        if not table.source.header_row:
            return t.of("header-found-none", names=names)
        return t.of("header-found", row=table.source.header_row, names=names)

    def _show_choices(self, table: Table | None) -> None:
        self._updating = True
        try:
            self.sheet_combo.clear()
            sheets = table.source.sheets if table is not None else ()
            for info in sheets:
                self.sheet_combo.addItem(self._sheet_entry(info), info.name)
            if table is not None and table.source.sheet is not None:
                self.sheet_combo.setCurrentIndex(self.sheet_combo.findData(table.source.sheet))
            self.sheet_combo.setVisible(bool(sheets))
            self._sheet_label.setVisible(bool(sheets))
            self.header_spin.setEnabled(table is not None)
            self.header_spin.setRange(
                0, max(int(table.row_numbers.max(initial=1)), 1) if table else 0
            )
            self.header_spin.setValue(table.source.header_row or 0 if table else 0)
            self.result_area.setVisible(table is not None)
            self._empty_state.setVisible(table is None)
        finally:
            self._updating = False

    def _sheet_entry(self, info: SheetInfo) -> str:
        t = self._texts
        if info.empty:
            return t.of("sheet-entry-empty", name=info.name)
        entry = t.of("sheet-entry", name=info.name, rows=info.rows, columns=info.columns)
        return t.of("sheet-entry-hidden", name=entry) if info.hidden else entry

    @Slot(int)
    def _on_sheet_combo_changed(self, index: int) -> None:
        if self._updating or self._path is None or index < 0:
            return
        self.open_file(self._path, sheet=str(self.sheet_combo.itemData(index)))

    @Slot(int)
    def _on_header_spin_changed(self, value: int) -> None:
        if self._updating or self._path is None:
            return
        sheet = self.table.source.sheet if self.table is not None else None
        self.open_file(self._path, sheet=sheet, header_row=value)
