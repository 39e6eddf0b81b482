"""Reading inputs into Documents (:mod:`~.sources`) and running the extraction over
them in worker processes (:mod:`~.parallel`). Imports the extraction and nothing of
the database or the command line."""
