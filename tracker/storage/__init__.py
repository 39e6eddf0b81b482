"""The database: its models and migrations, where it is (:mod:`~.location`), connecting
and migrating (:mod:`~.db`), the write path (:mod:`~.store`) and the read path of every
listing (:mod:`~.read`). Imports nothing of the command line, the readers or the output;
the extraction's Finding only for type checking."""
