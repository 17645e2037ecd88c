"""Running core work off the GUI thread, with progress, cancel and errors as signals."""
