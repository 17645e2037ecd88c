"""How a dataset is described on data.gouv.fr: title, description, keywords, coverage, licence."""
