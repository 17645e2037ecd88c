"""DataMairie: publish a commune's public data as clean, schema-conformant open data."""

__version__ = "0.1.0"
