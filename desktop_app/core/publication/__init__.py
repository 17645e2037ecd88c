"""Publishing a prepared dataset on data.gouv.fr, step by step and resumable."""
