"""A local GenAuth Management API emulator and its pytest plugin.

    async with GenAuthEmulator() as emulator:
        emulator.seed_users(100)
        client = AsyncManagementClient(
            access_key_id=emulator.access_key_id,
            access_key_secret=emulator.access_key_secret,
            host=emulator.url,
        )

The emulator speaks raw JSON over a real socket and shares no code with the SDK client.
"""

from ._faults import Faults
from ._process import EmulatorInfo, EmulatorProcess, run_emulator_process
from ._routing import (
    INVALID_CREDENTIALS_API_CODE,
    INVALID_PARAMETER_API_CODE,
    NOT_FOUND_API_CODE,
    RATE_LIMITED_API_CODE,
    ROUTE_NOT_FOUND_API_CODE,
    SERVER_ERROR_API_CODE,
    TOKEN_INVALID_API_CODE,
    USER_NOT_FOUND_API_CODE,
)
from ._services.oidc import DEFAULT_APP_ID, DEFAULT_APP_SECRET, seeded_password
from ._state import (
    SEED_EXT_IDP_ID,
    SEED_SYNC_PROVIDER,
    USER_ID_TYPES,
    EmulatorUser,
    Stats,
    UserPool,
    seeded_user_id,
    seeded_username,
)
from .emulator import (
    DEFAULT_ACCESS_KEY_ID,
    DEFAULT_ACCESS_KEY_SECRET,
    DEFAULT_USERPOOL_ID,
    GenAuthEmulator,
)

__all__ = [
    "DEFAULT_ACCESS_KEY_ID",
    "DEFAULT_ACCESS_KEY_SECRET",
    "DEFAULT_APP_ID",
    "DEFAULT_APP_SECRET",
    "DEFAULT_USERPOOL_ID",
    "INVALID_CREDENTIALS_API_CODE",
    "INVALID_PARAMETER_API_CODE",
    "NOT_FOUND_API_CODE",
    "RATE_LIMITED_API_CODE",
    "ROUTE_NOT_FOUND_API_CODE",
    "SEED_EXT_IDP_ID",
    "SEED_SYNC_PROVIDER",
    "SERVER_ERROR_API_CODE",
    "TOKEN_INVALID_API_CODE",
    "USER_ID_TYPES",
    "USER_NOT_FOUND_API_CODE",
    "EmulatorInfo",
    "EmulatorProcess",
    "EmulatorUser",
    "Faults",
    "GenAuthEmulator",
    "Stats",
    "UserPool",
    "run_emulator_process",
    "seeded_password",
    "seeded_user_id",
    "seeded_username",
]
