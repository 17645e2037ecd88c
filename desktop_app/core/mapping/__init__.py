"""From the agent's columns to a schema's fields: suggestion, conversion, templates."""
