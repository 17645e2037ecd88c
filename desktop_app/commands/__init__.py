"""The headless commands: the same core as the wizard, for scripts, tests and documentation."""
