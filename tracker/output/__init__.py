"""What the user sees: the output formats (one registry), values as text and JSON, and
`tracker show`'s text. Imports nothing of the database, the engine or the command line."""
