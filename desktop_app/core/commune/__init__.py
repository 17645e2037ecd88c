"""The agent's commune: its profile, entered once, and its INSEE code found offline."""
