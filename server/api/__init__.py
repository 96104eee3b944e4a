"""The HTTP interface: pydantic schemas, dependencies, routes and error handling."""
