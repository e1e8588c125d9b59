"""Devices and device-exclusive login rules.

Every method keeps the official Python SDK's name and parameter order; nested
request objects may be given as the model or as the camelCase dict the official
SDK takes.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._checks import (
    as_model,
    check_flag,
    check_str,
    require_enum,
    require_id,
    require_ids,
    require_int,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import APIModule

if TYPE_CHECKING:
    from ..models import devices as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.devices")

__all__ = ["ENDPOINTS", "DevicesAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "add_device": Endpoint(
        "POST", "api/v3/add-device", idempotent=False, load=lambda: models.TerminalInfo
    ),
    "create_device": Endpoint(
        "POST", "api/v3/create-device", idempotent=False, load=lambda: models.TerminalInfo
    ),
    "create_verify_device": Endpoint(
        "POST",
        "api/v3/authing-verify/create-device",
        idempotent=False,
        load=lambda: models.TerminalInfo,
    ),
    "delete_device": Endpoint("POST", "api/v3/delete-device-by-user", None, True),
    "delete_device_by_id": Endpoint("POST", "api/v3/delete-device", None, True),
    "disable_device": Endpoint("POST", "api/v3/disable-device-by-user", None, True),
    "disable_device_by_id": Endpoint("POST", "api/v3/disable-device", None, True),
    "enable_device": Endpoint("POST", "api/v3/enable-device-by-user", None, True),
    "enable_device_by_id": Endpoint("POST", "api/v3/enable-device", None, True),
    "find_last_login_apps_by_device_ids": Endpoint(
        "POST", "api/v3/get-last-login-apps-by-deviceIds", None, True
    ),
    "find_last_login_apps_by_device_ids_v2": Endpoint(
        "POST", "api/v3/get-last-login-apps-by-device-ids", None, True
    ),
    "get_device_exclusive_rule_settings": Endpoint(
        "GET",
        "api/v3/get-device-exclusive-rule-settings",
        idempotent=True,
        load=lambda: models.GetDeviceExclusiveRuleData,
    ),
    "get_device_exclusive_valid_scope_settings": Endpoint(
        "GET",
        "api/v3/get-device-exclusive-valid-scope-settings",
        idempotent=True,
        load=lambda: list[models.GetDeviceExclusiveValidScopeData],
    ),
    "get_device_exclusive_white_list_settings": Endpoint(
        "GET",
        "api/v3/get-device-exclusive-white-list-settings",
        idempotent=True,
        load=lambda: list[models.GetDeviceExclusiveWhiteListData],
    ),
    "get_device_status": Endpoint(
        "POST",
        "api/v3/device-status",
        idempotent=True,
        load=lambda: models.DeviceStatusResponseData,
    ),
    "list_device_exclusive_apps": Endpoint(
        "GET",
        "api/v3/get-supported-device-exclusive-apps",
        idempotent=True,
        load=lambda: list[models.DeviceExclusiveValidScopeAppData],
    ),
    "remove_device_exclusive_valid_scope_settings": Endpoint(
        "POST",
        "api/v3/remove-device-exclusive-valid-scope-settings",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "save_device_exclusive_valid_scope_settings": Endpoint(
        "POST",
        "api/v3/save-device-exclusive-valid-scope-settings",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "suspend_device": Endpoint("POST", "api/v3/suspend-device-by-user", None, True),
    "suspend_device_by_id": Endpoint("POST", "api/v3/suspend-device", None, True),
    "update_device_exclusive_rule_settings": Endpoint(
        "POST",
        "api/v3/update-device-exclusive-rule-settings",
        idempotent=True,
        load=lambda: models.GetDeviceExclusiveRuleData,
    ),
}
_E = ENDPOINTS


class DevicesAPI(APIModule):
    """Devices and device-exclusive login rules."""

    __slots__ = ()

    async def add_device(
        self,
        *,
        custom_data: Any,
        type: models.CreateTerminalType | str,
        device_unique_id: str,
        name: str | None = None,
        version: str | None = None,
        hks: str | None = None,
        fde: str | None = None,
        hor: bool | None = None,
        sn: str | None = None,
        producer: str | None = None,
        mod: str | None = None,
        os: str | None = None,
        imei: str | None = None,
        meid: str | None = None,
        description: str | None = None,
        language: str | None = None,
        cookie: bool | None = None,
        user_agent: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.TerminalInfo:
        """Add device.

        ``POST /api/v3/add-device``; not retried once it may have reached GenAuth (a replay is
        not safe). Not in the official Python SDK (node SDK: ``addDevice``).
        """
        _body = models.CreateTerminal(
            custom_data=custom_data,
            type=require_enum(models.CreateTerminalType, type, "type"),
            device_unique_id=require_id(device_unique_id, "device_unique_id"),
            name=check_str(name, "name"),
            version=check_str(version, "version"),
            hks=check_str(hks, "hks"),
            fde=check_str(fde, "fde"),
            hor=check_flag(hor, "hor"),
            sn=check_str(sn, "sn"),
            producer=check_str(producer, "producer"),
            mod=check_str(mod, "mod"),
            os=check_str(os, "os"),
            imei=check_str(imei, "imei"),
            meid=check_str(meid, "meid"),
            description=check_str(description, "description"),
            language=check_str(language, "language"),
            cookie=check_flag(cookie, "cookie"),
            user_agent=check_str(user_agent, "user_agent"),
        )
        return await self._transport.request(
            _E["add_device"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_device(
        self,
        device_unique_id: str,
        type: models.CreateTerminalType | str,
        custom_data: Any,
        name: str | None = None,
        version: str | None = None,
        hks: str | None = None,
        fde: str | None = None,
        hor: bool | None = None,
        sn: str | None = None,
        producer: str | None = None,
        mod: str | None = None,
        os: str | None = None,
        imei: str | None = None,
        meid: str | None = None,
        description: str | None = None,
        language: str | None = None,
        cookie: bool | None = None,
        user_agent: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.TerminalInfo:
        """Create device.

        ``POST /api/v3/create-device``; not retried once it may have reached GenAuth (a replay
        is not safe).
        """
        _body = models.CreateTerminal(
            device_unique_id=require_id(device_unique_id, "device_unique_id"),
            type=require_enum(models.CreateTerminalType, type, "type"),
            custom_data=custom_data,
            name=check_str(name, "name"),
            version=check_str(version, "version"),
            hks=check_str(hks, "hks"),
            fde=check_str(fde, "fde"),
            hor=check_flag(hor, "hor"),
            sn=check_str(sn, "sn"),
            producer=check_str(producer, "producer"),
            mod=check_str(mod, "mod"),
            os=check_str(os, "os"),
            imei=check_str(imei, "imei"),
            meid=check_str(meid, "meid"),
            description=check_str(description, "description"),
            language=check_str(language, "language"),
            cookie=check_flag(cookie, "cookie"),
            user_agent=check_str(user_agent, "user_agent"),
        )
        return await self._transport.request(
            _E["create_device"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_verify_device(
        self,
        device_unique_id: str,
        type: models.CreateTerminalType | str,
        custom_data: Any,
        name: str | None = None,
        version: str | None = None,
        hks: str | None = None,
        fde: str | None = None,
        hor: bool | None = None,
        sn: str | None = None,
        producer: str | None = None,
        mod: str | None = None,
        os: str | None = None,
        imei: str | None = None,
        meid: str | None = None,
        description: str | None = None,
        language: str | None = None,
        cookie: bool | None = None,
        user_agent: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.TerminalInfo:
        """Register a device for GenAuth Verify.

        ``POST /api/v3/authing-verify/create-device``; not retried once it may have reached
        GenAuth (a replay is not safe). In neither official SDK: from GenAuth's server OpenAPI
        document (``TerminalVerifyController_createVerifyDevice``).
        """
        _body = models.CreateTerminal(
            device_unique_id=require_id(device_unique_id, "device_unique_id"),
            type=require_enum(models.CreateTerminalType, type, "type"),
            custom_data=custom_data,
            name=check_str(name, "name"),
            version=check_str(version, "version"),
            hks=check_str(hks, "hks"),
            fde=check_str(fde, "fde"),
            hor=check_flag(hor, "hor"),
            sn=check_str(sn, "sn"),
            producer=check_str(producer, "producer"),
            mod=check_str(mod, "mod"),
            os=check_str(os, "os"),
            imei=check_str(imei, "imei"),
            meid=check_str(meid, "meid"),
            description=check_str(description, "description"),
            language=check_str(language, "language"),
            cookie=check_flag(cookie, "cookie"),
            user_agent=check_str(user_agent, "user_agent"),
        )
        return await self._transport.request(
            _E["create_verify_device"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_device(
        self,
        user_id: str,
        id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Delete device.

        ``POST /api/v3/delete-device-by-user``; retried on failure (a replay is safe).
        """
        _body = models.DeleteTerminalUser(
            user_id=require_id(user_id, "user_id"),
            id=require_id(id, "id"),
        )
        return await self._transport.request(
            _E["delete_device"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_device_by_id(
        self,
        id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Remove a device from the user pool, by device id.

        ``POST /api/v3/delete-device``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``TerminalManagementController_deleteDevice``). Named so because the official SDK's
        delete_device is POST /api/v3/delete-device-by-user (a user's device); this route takes
        the device id alone, hence the _by_id suffix.
        """
        _body = models.DeleteTerminal(
            id=require_id(id, "id"),
        )
        return await self._transport.request(
            _E["delete_device_by_id"], body=_body, timeout=timeout, deadline=deadline
        )

    async def disable_device(
        self,
        id: str,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Disable device.

        ``POST /api/v3/disable-device-by-user``; retried on failure (a replay is safe).
        """
        _body = models.UpdateTerminalUser(
            id=require_id(id, "id"),
            user_id=require_id(user_id, "user_id"),
        )
        return await self._transport.request(
            _E["disable_device"], body=_body, timeout=timeout, deadline=deadline
        )

    async def disable_device_by_id(
        self,
        id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Disable a device, by device id.

        ``POST /api/v3/disable-device``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``TerminalManagementController_disableDevice``). Named so because the official SDK's
        disable_device is POST /api/v3/disable-device-by-user (a user's device); this route
        takes the device id alone, hence the _by_id suffix.
        """
        _body = models.UpdateTerminal(
            id=require_id(id, "id"),
        )
        return await self._transport.request(
            _E["disable_device_by_id"], body=_body, timeout=timeout, deadline=deadline
        )

    async def enable_device(
        self,
        id: str,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Enable device.

        ``POST /api/v3/enable-device-by-user``; retried on failure (a replay is safe).
        """
        _body = models.UpdateTerminalUser(
            id=require_id(id, "id"),
            user_id=require_id(user_id, "user_id"),
        )
        return await self._transport.request(
            _E["enable_device"], body=_body, timeout=timeout, deadline=deadline
        )

    async def enable_device_by_id(
        self,
        id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Enable a disabled device, by device id.

        ``POST /api/v3/enable-device``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``TerminalManagementController_enableDevice``). Named so because the official SDK's
        enable_device is POST /api/v3/enable-device-by-user (a user's device); this route takes
        the device id alone, hence the _by_id suffix.
        """
        _body = models.UpdateTerminal(
            id=require_id(id, "id"),
        )
        return await self._transport.request(
            _E["enable_device_by_id"], body=_body, timeout=timeout, deadline=deadline
        )

    async def find_last_login_apps_by_device_ids(
        self,
        device_ids: Sequence[str],
        user_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Find last login apps by device ids.

        ``POST /api/v3/get-last-login-apps-by-deviceIds``; retried on failure (a replay is
        safe).
        """
        _body = models.QueryTerminalApps(
            device_ids=require_ids(device_ids, "device_ids"),
            user_id=check_str(user_id, "user_id"),
        )
        return await self._transport.request(
            _E["find_last_login_apps_by_device_ids"], body=_body, timeout=timeout, deadline=deadline
        )

    async def find_last_login_apps_by_device_ids_v2(
        self,
        *,
        device_ids: Sequence[str],
        user_id: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Find last login apps by device ids v2.

        ``POST /api/v3/get-last-login-apps-by-device-ids``; retried on failure (a replay is
        safe). Not in the official Python SDK (node SDK: ``findLastLoginAppsByDeviceIdsV2``).
        """
        _body = models.QueryTerminalApps(
            device_ids=require_ids(device_ids, "device_ids"),
            user_id=check_str(user_id, "user_id"),
        )
        return await self._transport.request(
            _E["find_last_login_apps_by_device_ids_v2"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_device_exclusive_rule_settings(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetDeviceExclusiveRuleData:
        """Get device exclusive rule settings.

        ``GET /api/v3/get-device-exclusive-rule-settings``; retried on failure (a replay is
        safe). Not in the official Python SDK (node SDK: ``getRuleSettings``).
        """
        return await self._transport.request(
            _E["get_device_exclusive_rule_settings"], timeout=timeout, deadline=deadline
        )

    async def get_device_exclusive_valid_scope_settings(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.GetDeviceExclusiveValidScopeData]:
        """Get device exclusive valid scope settings.

        ``GET /api/v3/get-device-exclusive-valid-scope-settings``; retried on failure (a replay
        is safe). Not in the official Python SDK (node SDK: ``getAllValidScopeSettings``).
        """
        return await self._transport.request(
            _E["get_device_exclusive_valid_scope_settings"], timeout=timeout, deadline=deadline
        )

    async def get_device_exclusive_white_list_settings(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.GetDeviceExclusiveWhiteListData]:
        """Get device exclusive white list settings.

        ``GET /api/v3/get-device-exclusive-white-list-settings``; retried on failure (a replay
        is safe). Not in the official Python SDK (node SDK: ``getAllWhiteListSettings``).
        """
        return await self._transport.request(
            _E["get_device_exclusive_white_list_settings"], timeout=timeout, deadline=deadline
        )

    async def get_device_status(
        self,
        id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.DeviceStatusResponseData:
        """Get device status.

        ``POST /api/v3/device-status``; retried on failure (a replay is safe).
        """
        _body = models.TerminalBase(
            id=require_id(id, "id"),
        )
        return await self._transport.request(
            _E["get_device_status"], body=_body, timeout=timeout, deadline=deadline
        )

    async def list_device_exclusive_apps(
        self,
        *,
        keyword: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.DeviceExclusiveValidScopeAppData]:
        """List device exclusive apps.

        ``GET /api/v3/get-supported-device-exclusive-apps``; retried on failure (a replay is
        safe). Not in the official Python SDK (node SDK: ``findAppLists``).
        """
        _query: dict[str, Any] = {
            "keyword": require_id(keyword, "keyword"),
        }
        return await self._transport.request(
            _E["list_device_exclusive_apps"], query=_query, timeout=timeout, deadline=deadline
        )

    async def remove_device_exclusive_valid_scope_settings(
        self,
        *,
        app_id: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Remove device exclusive valid scope settings.

        ``POST /api/v3/remove-device-exclusive-valid-scope-settings``; retried on failure (a
        replay is safe). Not in the official Python SDK (node SDK: ``remove``).
        """
        _body = models.DeleteDeviceExclusiveValidScopeSettingsByIds(
            app_id=require_id(app_id, "app_id"),
        )
        return await self._transport.request(
            _E["remove_device_exclusive_valid_scope_settings"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    async def save_device_exclusive_valid_scope_settings(
        self,
        *,
        app_ids: Sequence[str],
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Save device exclusive valid scope settings.

        ``POST /api/v3/save-device-exclusive-valid-scope-settings``; retried on failure (a
        replay is safe). Not in the official Python SDK (node SDK: ``saveInvitationPolicies``).
        """
        _body = models.SaveDeviceExclusiveValidScopeSettings(
            app_ids=require_ids(app_ids, "app_ids"),
        )
        return await self._transport.request(
            _E["save_device_exclusive_valid_scope_settings"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    async def suspend_device(
        self,
        end_time: str,
        user_id: str,
        id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Suspend device.

        ``POST /api/v3/suspend-device-by-user``; retried on failure (a replay is safe).
        """
        _body = models.SuspendTerminalUser(
            end_time=require_id(end_time, "end_time"),
            user_id=require_id(user_id, "user_id"),
            id=require_id(id, "id"),
        )
        return await self._transport.request(
            _E["suspend_device"], body=_body, timeout=timeout, deadline=deadline
        )

    async def suspend_device_by_id(
        self,
        id: str,
        end_time: int,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Suspend a device until a given time, by device id.

        ``POST /api/v3/suspend-device``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``TerminalManagementController_suspendDevice``). Named so because the official SDK's
        suspend_device is POST /api/v3/suspend-device-by-user (a user's device); this route
        takes the device id alone, hence the _by_id suffix.
        """
        _body = models.SuspendTerminal(
            id=require_id(id, "id"),
            end_time=require_int(end_time, "end_time", minimum=0),
        )
        return await self._transport.request(
            _E["suspend_device_by_id"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_device_exclusive_rule_settings(
        self,
        *,
        rule: models.Rule | str,
        device_rule: models.DeviceRule | Mapping[str, Any] | None = None,
        ip_rule: models.IPRule | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetDeviceExclusiveRuleData:
        """Update device exclusive rule settings.

        ``POST /api/v3/update-device-exclusive-rule-settings``; retried on failure (a replay is
        safe). Not in the official Python SDK (node SDK: ``updateRuleSettings``).
        """
        _body = models.UpdateDeviceExclusiveRule(
            rule=require_enum(models.Rule, rule, "rule"),
            device_rule=as_model(device_rule, models.DeviceRule, "device_rule", optional=True),
            ip_rule=as_model(ip_rule, models.IPRule, "ip_rule", optional=True),
        )
        return await self._transport.request(
            _E["update_device_exclusive_rule_settings"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )
