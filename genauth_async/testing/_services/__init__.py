"""The emulator's services, moto-style: one module each, listed here once.

A service module has its own `RouteTable`, its backends (state and domain logic as methods
with plain arguments) and one `SERVICE = Service(...)` (see `.._routing`). To add a service,
write its module and add one line to `SERVICES`.
"""

from __future__ import annotations

from .._routing import Service
from . import (
    applications,
    custom_fields,
    departments,
    end_user,
    event_definitions,
    event_stream,
    groups,
    oidc,
    permissions,
    posts,
    public_accounts,
    roles,
    tenants,
    users,
    webhooks,
)

__all__ = ["SERVICES"]

SERVICES: tuple[Service, ...] = (
    users.SERVICE,
    roles.SERVICE,
    groups.SERVICE,
    departments.SERVICE,
    posts.SERVICE,
    applications.SERVICE,
    permissions.SERVICE,
    custom_fields.SERVICE,
    webhooks.SERVICE,
    event_definitions.SERVICE,
    event_stream.SERVICE,
    tenants.SERVICE,
    public_accounts.SERVICE,
    oidc.SERVICE,
    end_user.SERVICE,
)
