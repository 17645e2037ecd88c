"""The Qt interface: windows, pages, read-only models over core objects, widgets."""

from desktop_app.ui.none_guard import keep_none_alive

keep_none_alive()  # before any model hands None back to Qt
