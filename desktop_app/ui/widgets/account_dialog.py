"""The data.gouv.fr account dialog: paste an API key, check it with /me/, keep it in the keyring."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.credentials import StoredKey
from desktop_app.ui.publishing import key_page
from desktop_app.ui.services import Services
from desktop_app.ui.widgets.message_banner import MessageBanner
from desktop_app.ui.widgets.task_panel import TaskPanel
from desktop_app.workers.publication import keep_key


class AccountDialog(QDialog):
    """Where the agent links DataMairie to their data.gouv.fr account, for one platform.

    The key is typed masked, checked in the background, then handed to the keyring; it is
    never shown again, logged, nor kept by this dialog once checked.
    """

    def __init__(
        self,
        services: Services,
        platform: str,
        *,
        expired: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.platform = platform
        self.stored: StoredKey | None = None
        t = services.texts
        self.setWindowTitle(t("account-title"))
        self.setObjectName("accountDialog")
        self.setMinimumWidth(560)
        self.runner = services.new_runner()
        self.tasks = TaskPanel(t, self.runner)
        self.notice = MessageBanner(t("retry"))
        self.keeper = services.publishing.store().keeper
        kept = "" if self.keeper == "session" else " " + t(f"account-kept-{self.keeper}")
        intro = QLabel(t("account-intro") + kept)
        intro.setWordWrap(True)
        self.link_button = QPushButton(t("account-link"))
        self.link_button.setAccessibleName(t("account-link"))
        self.link_button.setToolTip(key_page(platform))
        # Shown when no browser starts: the address, to copy into one by hand.
        self.no_browser = QLabel(t("account-no-browser"))
        self.no_browser.setWordWrap(True)
        self.link_text = QLineEdit(key_page(platform))
        self.link_text.setReadOnly(True)
        self.link_text.setAccessibleName(t("account-no-browser"))
        self.copy_button = QPushButton(t("account-copy-link"))
        self.copy_button.setAccessibleName(t("account-copy-link").replace("&", ""))
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_text, 1)
        link_row.addWidget(self.copy_button)
        self.link_box = QWidget()
        link_layout = QVBoxLayout(self.link_box)
        link_layout.setContentsMargins(0, 0, 0, 0)
        link_layout.addWidget(self.no_browser)
        link_layout.addLayout(link_row)
        self.link_box.hide()
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(t("account-key-hint"))
        self.key_edit.setAccessibleName(t("account-key").replace("&", "").rstrip(" :"))
        self.show_key = QCheckBox(t("account-show"))
        self.check_button = QPushButton(t("account-check"))
        self.check_button.setAccessibleName(t("account-check").replace("&", ""))
        self.forget_button = QPushButton(t("account-forget"))
        self.forget_button.setAccessibleName(t("account-forget").replace("&", ""))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key)
        form = QFormLayout()
        key_label = QLabel(t("account-key"))
        key_label.setBuddy(self.key_edit)
        form.addRow(key_label, key_row)
        actions = QHBoxLayout()
        actions.addWidget(self.check_button)
        actions.addStretch(1)
        actions.addWidget(self.forget_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(intro)
        layout.addWidget(self.link_button)
        layout.addWidget(self.link_box)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.tasks)
        layout.addWidget(self.result_label)
        layout.addWidget(close)
        if expired:
            self.notice.show_message("account-expired", t("account-expired"), retry=False)
        elif not services.publishing.store().has_keyring:
            self.notice.show_message(
                "credentials-session-only",
                t("credentials-session-only"),
                level="warning",
                retry=False,
            )
        self.link_button.clicked.connect(self._on_link_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.show_key.toggled.connect(self._on_show_key_toggled)
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.key_edit.returnPressed.connect(self._on_check_button_clicked)
        self.forget_button.clicked.connect(self._on_forget_button_clicked)
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.key_edit.setFocus()

    def check_key(self, key: str) -> None:
        """Check ``key`` with data.gouv.fr in the background, then keep it."""
        self.result_label.clear()
        publishing = self.services.publishing
        self.tasks.run(
            "account-checking",
            keep_key,
            publishing.store(),
            publishing.connect,
            self.platform,
            key,
        )

    def done(self, result: int) -> None:
        """Stop a check in progress when the dialog closes."""
        self.runner.cancel()
        super().done(result)

    @Slot()
    def _on_link_button_clicked(self) -> None:
        opened = self.services.desktop.open_link(key_page(self.platform))
        self.link_box.setVisible(not opened)
        if not opened:
            self.link_text.selectAll()
            self.link_text.setFocus()

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.link_text.text())

    @Slot(bool)
    def _on_show_key_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.key_edit.setEchoMode(mode)

    @Slot()
    def _on_check_button_clicked(self) -> None:
        self.check_key(self.key_edit.text())

    @Slot()
    def _on_forget_button_clicked(self) -> None:
        self.services.publishing.store().forget(self.platform)
        self.stored = None
        self.result_label.setText(self.services.texts("pub-account-none"))

    @Slot(object)
    def _on_runner_succeeded(self, stored: StoredKey) -> None:
        self.key_edit.clear()
        self.stored = stored
        self.notice.clear()
        t = self.services.texts
        saved = t.of("account-saved", name=stored.account.name or stored.account.id)
        self.result_label.setText(f"{saved} {t(f'account-kept-{self.keeper}')}")
        self.accept()
