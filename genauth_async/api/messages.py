"""Email and SMS templates and providers.

Every method keeps the official Python SDK's name and parameter order; nested
request objects may be given as the model or as the camelCase dict the official
SDK takes.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._checks import (
    as_model,
    check_enum,
    check_int,
    check_str,
    require_enum,
    require_flag,
    require_id,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import APIModule

if TYPE_CHECKING:
    from ..models import messages as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.messages")

__all__ = ["ENDPOINTS", "MessagesAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "config_email_provider": Endpoint(
        "POST", "api/v3/config-email-provider", idempotent=True, load=lambda: models.EmailProvider
    ),
    "get_email_provider": Endpoint(
        "GET", "api/v3/get-email-provider", idempotent=True, load=lambda: models.EmailProvider
    ),
    "get_email_templates": Endpoint(
        "GET",
        "api/v3/get-email-templates",
        idempotent=True,
        load=lambda: models.GetEmailTemplatesData,
    ),
    "preview_email_template": Endpoint(
        "POST",
        "api/v3/preview-email-template",
        idempotent=True,
        load=lambda: models.PreviewEmailTemplateResp,
    ),
    "update_email_template": Endpoint(
        "POST", "api/v3/update-email-template", idempotent=True, load=lambda: models.EmailTemplate
    ),
}
_E = ENDPOINTS


class MessagesAPI(APIModule):
    """Email and SMS templates and providers."""

    __slots__ = ()

    async def config_email_provider(
        self,
        type: models.ConfigEmailProviderType | str,
        enabled: bool,
        smtp_config: models.SMTPEmailProviderConfigInput | Mapping[str, Any] | None = None,
        send_grid_config: models.SendGridEmailProviderConfigInput | Mapping[str, Any] | None = None,
        ali_exmail_config: models.AliExmailEmailProviderConfigInput
        | Mapping[str, Any]
        | None = None,
        tencent_exmail_config: models.TencentExmailEmailProviderConfigInput
        | Mapping[str, Any]
        | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.EmailProvider:
        """Configure third-party email service.

        ``POST /api/v3/config-email-provider``; retried on failure (a replay is safe).
        """
        _body = models.ConfigEmailProvider(
            type=require_enum(models.ConfigEmailProviderType, type, "type"),
            enabled=require_flag(enabled, "enabled"),
            smtp_config=as_model(
                smtp_config, models.SMTPEmailProviderConfigInput, "smtp_config", optional=True
            ),
            send_grid_config=as_model(
                send_grid_config,
                models.SendGridEmailProviderConfigInput,
                "send_grid_config",
                optional=True,
            ),
            ali_exmail_config=as_model(
                ali_exmail_config,
                models.AliExmailEmailProviderConfigInput,
                "ali_exmail_config",
                optional=True,
            ),
            tencent_exmail_config=as_model(
                tencent_exmail_config,
                models.TencentExmailEmailProviderConfigInput,
                "tencent_exmail_config",
                optional=True,
            ),
        )
        return await self._transport.request(
            _E["config_email_provider"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_email_provider(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.EmailProvider:
        """Get third-party email service configuration.

        ``GET /api/v3/get-email-provider``; retried on failure (a replay is safe).
        """
        return await self._transport.request(
            _E["get_email_provider"], timeout=timeout, deadline=deadline
        )

    async def get_email_templates(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetEmailTemplatesData:
        """Get the list of email templates.

        ``GET /api/v3/get-email-templates``; retried on failure (a replay is safe).
        """
        return await self._transport.request(
            _E["get_email_templates"], timeout=timeout, deadline=deadline
        )

    async def preview_email_template(
        self,
        type: models.EmailTemplateType | str,
        content: str | None = None,
        subject: str | None = None,
        sender: str | None = None,
        expires_in: int | None = None,
        tpl_engine: models.TplEngine | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PreviewEmailTemplateResp:
        """Render an email template as it would be sent.

        ``POST /api/v3/preview-email-template``; retried on failure (a replay is safe).
        """
        _body = models.PreviewEmailTemplate(
            type=require_enum(models.EmailTemplateType, type, "type"),
            content=check_str(content, "content"),
            subject=check_str(subject, "subject"),
            sender=check_str(sender, "sender"),
            expires_in=check_int(expires_in, "expires_in"),
            tpl_engine=check_enum(models.TplEngine, tpl_engine, "tpl_engine"),
        )
        return await self._transport.request(
            _E["preview_email_template"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_email_template(
        self,
        content: str,
        sender: str,
        subject: str,
        name: str,
        customize_enabled: bool,
        type: models.EmailTemplateType | str,
        expires_in: int | None = None,
        redirect_to: str | None = None,
        tpl_engine: models.TplEngine | str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.EmailTemplate:
        """Modify the email template.

        ``POST /api/v3/update-email-template``; retried on failure (a replay is safe).
        """
        _body = models.UpdateEmailTemplate(
            content=require_id(content, "content"),
            sender=require_id(sender, "sender"),
            subject=require_id(subject, "subject"),
            name=require_id(name, "name"),
            customize_enabled=require_flag(customize_enabled, "customize_enabled"),
            type=require_enum(models.EmailTemplateType, type, "type"),
            expires_in=check_int(expires_in, "expires_in"),
            redirect_to=check_str(redirect_to, "redirect_to"),
            tpl_engine=check_enum(models.TplEngine, tpl_engine, "tpl_engine"),
        )
        return await self._transport.request(
            _E["update_email_template"], body=_body, timeout=timeout, deadline=deadline
        )
