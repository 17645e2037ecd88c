"""The Qt interface: windows, pages, read-only models over core objects, widgets."""
