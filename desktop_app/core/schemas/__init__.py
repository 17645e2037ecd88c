"""The national schemas of schema.data.gouv.fr: catalogue, snapshot, refresh."""
