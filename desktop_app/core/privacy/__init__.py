"""Personal data: finding it in a table and removing it as the agent decides."""
