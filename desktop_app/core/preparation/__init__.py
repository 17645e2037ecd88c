"""One preparation: the agent's table shaped to its schema, corrected, cleared of personal data.

``edits`` is the one shape of the agent's corrections (a cell typed, a rule for a whole
column, a privacy remedy on some cells), each saying how it replays on next month's rows.
``preparation`` derives from them, once and cached, the edited and publishable tables and
the bytes published: the wizard, the commands, the project and the outbox all go through it.
"""
