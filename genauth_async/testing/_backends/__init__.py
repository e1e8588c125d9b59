"""Stateful backends, one module per API service (moto-style); importing registers routes."""
