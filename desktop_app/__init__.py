"""DataMairie: publish a commune's public data as clean, schema-conformant open data."""

__version__ = "0.1.0"

import logging

# Until a command or the wizard opens the log file, records go nowhere rather than to the
# terminal: the agent reads French sentences, never log lines (standard practice for a package).
logging.getLogger(__name__).addHandler(logging.NullHandler())
