"""Endpoint coroutines, one module per GenAuth API module, composed into the client."""

from .users import UsersAPI

__all__ = ["UsersAPI"]
