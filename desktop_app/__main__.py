"""`python -m desktop_app` runs the same command as `datamairie`."""

import sys

# Guarded: a process started by spawn (Windows) imports this module again, and must not run
# the command a second time.
if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # In the Windows bundle, a process `validate` starts for a big file's second half
        # runs this very program: freeze_support makes it do that work and nothing else.
        import multiprocessing

        multiprocessing.freeze_support()

    from desktop_app.cli import run

    run()
