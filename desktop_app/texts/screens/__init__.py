"""Words of each screen: one module per page or dialog of the wizard, and per command's report.

``screens/<page>.py`` holds the labels, buttons, progress lines and summaries of one screen
(``project_commands`` and ``publish_command`` are what the command line prints). A new word
goes into the module of the screen that shows it, and into ``CATALOGUES`` of
``texts/catalogues.py`` if it is a new table. The package imports none of its modules: the
command line's parser imports ``command_line`` without every screen's words.
"""
