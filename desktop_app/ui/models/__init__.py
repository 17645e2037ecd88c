"""Read-only Qt models over core objects."""
