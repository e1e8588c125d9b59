"""Models of the GenAuth *messages* API module.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

# ruff: noqa: RUF009

from __future__ import annotations

import attrs

from ._base import Model, StrEnum, enum_field
from .common import EmailTemplate, EmailTemplateType, TplEngine, UpdateEmailTemplate

__all__ = [
    "AliExmailEmailProviderConfig",
    "AliExmailEmailProviderConfigInput",
    "ConfigEmailProvider",
    "ConfigEmailProviderType",
    "EmailProvider",
    "EmailTemplate",
    "EmailTemplateCategory",
    "EmailTemplateType",
    "GetEmailTemplatesData",
    "PreviewEmailTemplate",
    "PreviewEmailTemplateData",
    "PreviewEmailTemplateResp",
    "SMTPEmailProviderConfig",
    "SMTPEmailProviderConfigInput",
    "SendGridEmailProviderConfig",
    "SendGridEmailProviderConfigInput",
    "TencentExmailEmailProviderConfig",
    "TencentExmailEmailProviderConfigInput",
    "TplEngine",
    "UpdateEmailTemplate",
]


class ConfigEmailProviderType(StrEnum):
    """Allowed values of config email provider type."""

    ALI = "ali"
    QQ = "qq"
    SENDGRID = "sendgrid"
    CUSTOM = "custom"


@attrs.define(kw_only=True, slots=False)
class AliExmailEmailProviderConfig(Model):
    """GenAuth ``AliExmailEmailProviderConfig``."""

    sender: str
    sender_pass: str


@attrs.define(kw_only=True, slots=False)
class AliExmailEmailProviderConfigInput(Model):
    """GenAuth ``AliExmailEmailProviderConfigInput``."""

    sender: str
    sender_pass: str


@attrs.define(kw_only=True, slots=False)
class ConfigEmailProvider(Model):
    """Request body of ``config_email_provider``."""

    type: ConfigEmailProviderType | str = enum_field(ConfigEmailProviderType, "type", required=True)
    enabled: bool
    smtp_config: SMTPEmailProviderConfigInput | None = None
    send_grid_config: SendGridEmailProviderConfigInput | None = None
    ali_exmail_config: AliExmailEmailProviderConfigInput | None = None
    tencent_exmail_config: TencentExmailEmailProviderConfigInput | None = None


@attrs.define(kw_only=True, slots=False)
class EmailProvider(Model):
    """GenAuth ``EmailProviderDto``."""

    enabled: bool
    type: ConfigEmailProviderType | str | None = None
    smtp_config: SMTPEmailProviderConfig | None = None
    send_grid_config: SendGridEmailProviderConfig | None = None
    ali_exmail_config: AliExmailEmailProviderConfig | None = None
    tencent_exmail_config: TencentExmailEmailProviderConfig | None = None


@attrs.define(kw_only=True, slots=False)
class EmailTemplateCategory(Model):
    """GenAuth ``EmailTemplateCategoryDto``."""

    title: str
    title_en: str
    desc: str
    desc_en: str


@attrs.define(kw_only=True, slots=False)
class GetEmailTemplatesData(Model):
    """GenAuth ``GetEmailTemplatesDataDto``."""

    templates: list[EmailTemplate]
    categories: list[EmailTemplateCategory]


@attrs.define(kw_only=True, slots=False)
class PreviewEmailTemplateData(Model):
    """GenAuth ``PreviewEmailTemplateDataDto``."""

    content: str
    subject: str
    sender: str


@attrs.define(kw_only=True, slots=False)
class PreviewEmailTemplate(Model):
    """Request body of ``preview_email_template``."""

    type: EmailTemplateType | str = enum_field(EmailTemplateType, "type", required=True)
    content: str | None = None
    subject: str | None = None
    sender: str | None = None
    expires_in: int | None = None
    tpl_engine: TplEngine | str | None = enum_field(TplEngine, "tpl_engine")


@attrs.define(kw_only=True, slots=False)
class PreviewEmailTemplateResp(Model):
    """GenAuth ``PreviewEmailTemplateRespDto``."""

    data: PreviewEmailTemplateData


@attrs.define(kw_only=True, slots=False)
class SMTPEmailProviderConfig(Model):
    """GenAuth ``SMTPEmailProviderConfig``."""

    smtp_host: str = attrs.field(metadata={"wire": "smtp_host"})
    smtp_port: int = attrs.field(metadata={"wire": "smtp_port"})
    sender: str
    sender_pass: str
    secure: bool


@attrs.define(kw_only=True, slots=False)
class SMTPEmailProviderConfigInput(Model):
    """GenAuth ``SMTPEmailProviderConfigInput``."""

    smtp_host: str = attrs.field(metadata={"wire": "smtp_host"})
    smtp_port: int = attrs.field(metadata={"wire": "smtp_port"})
    sender_pass: str
    sender: str | None = None
    secure: bool | None = None


@attrs.define(kw_only=True, slots=False)
class SendGridEmailProviderConfig(Model):
    """GenAuth ``SendGridEmailProviderConfig``."""

    sender: str
    apikey: str


@attrs.define(kw_only=True, slots=False)
class SendGridEmailProviderConfigInput(Model):
    """GenAuth ``SendGridEmailProviderConfigInput``."""

    sender: str
    apikey: str


@attrs.define(kw_only=True, slots=False)
class TencentExmailEmailProviderConfig(Model):
    """GenAuth ``TencentExmailEmailProviderConfig``."""

    sender: str
    sender_pass: str


@attrs.define(kw_only=True, slots=False)
class TencentExmailEmailProviderConfigInput(Model):
    """GenAuth ``TencentExmailEmailProviderConfigInput``."""

    sender: str
    sender_pass: str
