"""The commune's open-data desk: what it must publish, what it has published, how it is doing."""
