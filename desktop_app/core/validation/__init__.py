"""Validating a table against its national schema, as frictionless would, but column by column."""
