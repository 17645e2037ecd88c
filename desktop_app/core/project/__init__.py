"""The offline project: everything the agent prepared, saved in one file, to resume or publish."""
