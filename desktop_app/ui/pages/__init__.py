"""The wizard's steps, one module each."""
