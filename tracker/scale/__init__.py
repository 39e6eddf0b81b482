"""Extraction scaled out on a Dask cluster: `tracker scale extract` and the files it
writes, which `tracker ingest --findings` stores (the `scale` extra: dask[distributed],
pyarrow)."""
