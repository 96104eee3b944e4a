"""The server's data access: Core statements on one connection inside the caller's transaction.

Every function takes the open `Connection` first and never commits: the route owns the
transaction, so a push batch is applied whole or not at all.
"""
