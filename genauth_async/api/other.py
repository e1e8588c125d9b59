"""Access keys, LDAP, invitations and other user-pool settings.

Every method keeps the official Python SDK's name and parameter order; nested
request objects may be given as the model or as the camelCase dict the official
SDK takes.

Generated from spec/genauth-management.openapi.json by tools/generate.py: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._checks import (
    MAX_PAGE_SIZE,
    as_model,
    as_models,
    check_enum,
    check_flag,
    check_int,
    check_page,
    check_page_size,
    check_str,
    check_str_list,
    require_enum,
    require_flag,
    require_id,
    require_ids,
    require_int,
)
from .._endpoint import Endpoint
from .._lazy import lazy_module
from .._transport import TimeoutArg
from ._base import EMPTY_BODY, APIModule

if TYPE_CHECKING:
    from ..models import other as models
else:
    # the models are imported when one of them is first used
    models = lazy_module("genauth_async.models.other")

__all__ = ["ENDPOINTS", "OtherAPI"]

ENDPOINTS: dict[str, Endpoint[Any]] = {
    "add_invitation_policy_user_attribution": Endpoint(
        "POST",
        "api/v3/add-invitation-policy-user-attribution",
        idempotent=False,
        load=lambda: models.UserAttribution,
    ),
    "add_invitation_policy_user_attributions_batch": Endpoint(
        "POST",
        "api/v3/add-invitation-policy-user-attributions-batch",
        idempotent=False,
        load=lambda: models.IsSuccess,
    ),
    "approve_universal_invitation_applicants": Endpoint(
        "POST",
        "api/v3/batch-approval-universal-invitation-applicants",
        idempotent=False,
        load=lambda: models.IsSuccess,
    ),
    "batch_delete_invitation_policies": Endpoint(
        "POST",
        "api/v3/delete-invitation-policies-batch",
        idempotent=False,
        load=lambda: models.IsSuccess,
    ),
    "bind_invitation_rosters_policy": Endpoint(
        "POST",
        "api/v3/update-invitation-roster-batch-bind-policy",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "copy_invitation_policy_by_id": Endpoint(
        "POST",
        "api/v3/copy-invitation-policy-by-id",
        idempotent=False,
        load=lambda: models.GetInvitationPolicy,
    ),
    "create_access_key": Endpoint(
        "POST",
        "api/v3/create-access-key",
        idempotent=False,
        load=lambda: list[models.CreateAccessKeyResp],
    ),
    "create_invitation_policy": Endpoint(
        "POST",
        "api/v3/create-invitation-policy",
        idempotent=False,
        load=lambda: models.GetInvitationPolicy,
    ),
    "create_invitation_roster": Endpoint(
        "POST",
        "api/v3/create-invitation-roster",
        idempotent=False,
        load=lambda: models.InvitationRoster,
    ),
    "delete_access_key": Endpoint("POST", "api/v3/delete-access-key", None, True),
    "delete_invitation_roster": Endpoint(
        "POST", "api/v3/delete-invitation-roster", idempotent=True, load=lambda: models.IsSuccess
    ),
    "delete_invitation_roster_batch": Endpoint(
        "POST",
        "api/v3/delete-invitation-rosters-batch",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "delete_invitees": Endpoint(
        "POST",
        "api/v3/batch-delete-invitation-invitees",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "disable_ldap_server": Endpoint("POST", "api/v3/disable-ldap-server", bool, True),
    "export_invitees": Endpoint(
        "POST",
        "api/v3/invitation-invitee/export",
        idempotent=True,
        load=lambda: models.ImportExportTemplateResp,
    ),
    "filter_universal_invitation_applicants": Endpoint(
        "POST",
        "api/v3/filter-universal-invitation-applicants",
        idempotent=True,
        load=lambda: models.PaginationUniversalInvitationApplicantData,
    ),
    "generate_universal_invitation_link": Endpoint(
        "POST",
        "api/v3/generate-universal-invitation-link",
        idempotent=False,
        load=lambda: models.GenerateInvitationLink,
    ),
    "get_access_key": Endpoint(
        "GET", "api/v3/get-access-key", idempotent=True, load=lambda: list[models.GetAccessKeyResp]
    ),
    "get_access_key_list": Endpoint(
        "GET",
        "api/v3/list-access-key",
        idempotent=True,
        load=lambda: list[models.ListAccessKeyResp],
    ),
    "get_bind_pwd": Endpoint("GET", "api/v3/get-ldap-server-random-pwd", str, True),
    "get_invitation_email_template": Endpoint(
        "POST",
        "api/v3/get-invitation-policy-email-template",
        idempotent=True,
        load=lambda: models.EmailTemplate,
    ),
    "get_invitation_policy": Endpoint(
        "GET",
        "api/v3/get-invitation-policy",
        idempotent=True,
        load=lambda: models.GetInvitationPolicy,
    ),
    "get_invitation_policy_user_attribution": Endpoint(
        "GET",
        "api/v3/get-invitation-policy-user-attribution",
        idempotent=True,
        load=lambda: models.UserAttribution,
    ),
    "get_invitation_roster": Endpoint(
        "GET", "api/v3/get-invitation-roster", idempotent=True, load=lambda: models.InvitationRoster
    ),
    "get_invitee_import_template": Endpoint(
        "GET",
        "api/v3/invitation-invitee/template",
        idempotent=True,
        load=lambda: models.ImportExportTemplateResp,
    ),
    "get_universal_invitation_settings": Endpoint(
        "GET",
        "api/v3/get-universal-invitation-settings",
        idempotent=True,
        load=lambda: models.GetUniversalInvitation,
    ),
    "get_verify_config": Endpoint(
        "GET", "api/v3/verify-config", idempotent=True, load=lambda: models.VerifyConfigData
    ),
    "get_verify_config_app": Endpoint(
        "GET", "api/v3/verify-config-app", idempotent=True, load=lambda: models.Application
    ),
    "import_invitees": Endpoint(
        "POST",
        "api/v3/invitation-invitee/import",
        idempotent=False,
        load=lambda: models.ImportInvitee,
    ),
    "list_invitation_invitees": Endpoint(
        "POST",
        "api/v3/list-invitation-invitees",
        idempotent=True,
        load=lambda: models.InvitationUserPagination,
    ),
    "list_invitation_policies": Endpoint(
        "POST",
        "api/v3/list-invitation-policies",
        idempotent=True,
        load=lambda: models.PaginationInvitationPolicyData,
    ),
    "list_invitation_policy_extends_fields": Endpoint(
        "GET",
        "api/v3/list-invitation-policy-extends-fields",
        idempotent=True,
        load=lambda: models.GetExtendsFields,
    ),
    "list_invitation_policy_user_attributions": Endpoint(
        "GET",
        "api/v3/list-invitation-policy-user-attributions",
        idempotent=True,
        load=lambda: models.UserAttributionPagination,
    ),
    "list_invitation_rosters": Endpoint(
        "POST",
        "api/v3/list-invitation-rosters",
        idempotent=True,
        load=lambda: models.InvitationRosterPagination,
    ),
    "list_invitation_rosters_by_non_policy_id": Endpoint(
        "POST",
        "api/v3/list-invitation-rosters-by-no-policy-id",
        idempotent=True,
        load=lambda: models.InvitationRosterPagination,
    ),
    "list_invitation_rosters_by_policy_id": Endpoint(
        "POST",
        "api/v3/list-invitation-rosters-by-policy-id",
        idempotent=True,
        load=lambda: models.InvitationRosterPagination,
    ),
    "query_ldap_config_info": Endpoint(
        "GET", "api/v3/get-ldap-server-config", idempotent=True, load=lambda: models.LdapConfigInfo
    ),
    "query_ldap_log": Endpoint(
        "GET", "api/v3/get-ldap-server-log", idempotent=True, load=lambda: models.LdapLog
    ),
    "query_ldap_sub_entries": Endpoint(
        "GET", "api/v3/get-ldap-sub-entries", idempotent=True, load=lambda: models.LdapLog
    ),
    "quick_filter_invitees": Endpoint(
        "POST",
        "api/v3/quick-filter-invitees",
        idempotent=True,
        load=lambda: models.QuickFilterInviteePagination,
    ),
    "reject_universal_invitation_applicants": Endpoint(
        "POST",
        "api/v3/batch-reject-universal-invitation-applicant",
        idempotent=False,
        load=lambda: models.IsSuccess,
    ),
    "remove_invitation_policy_user_attribution": Endpoint(
        "POST",
        "api/v3/remove-invitation-policy-user-attribution",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "remove_invitation_policy_user_attributions_batch": Endpoint(
        "POST",
        "api/v3/remove-invitation-policy-user-attributions-batch",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "revert_roster_invitation": Endpoint(
        "POST", "api/v3/revert-roster-invitation", idempotent=False, load=lambda: models.IsSuccess
    ),
    "revert_roster_invitation_batch": Endpoint(
        "POST",
        "api/v3/revert-roster-invitation-batch",
        idempotent=False,
        load=lambda: models.IsSuccess,
    ),
    "save_ldap_config_info": Endpoint("POST", "api/v3/enable-ldap-server", bool, True),
    "send_roster_invitation": Endpoint(
        "POST", "api/v3/send-roster-invitation", idempotent=False, load=lambda: models.IsSuccess
    ),
    "send_roster_invitation_batch": Endpoint(
        "POST",
        "api/v3/send-roster-invitation-batch",
        idempotent=False,
        load=lambda: models.IsSuccess,
    ),
    "unbind_invitation_rosters_policy": Endpoint(
        "POST",
        "api/v3/update-invitation-roster-batch-unbind-policy",
        idempotent=True,
        load=lambda: models.IsSuccess,
    ),
    "update_access_key": Endpoint(
        "POST", "api/v3/update-access-key", idempotent=True, load=lambda: models.IsSuccess
    ),
    "update_invitation_email_template": Endpoint(
        "POST",
        "api/v3/update-invitation-policy-email-template",
        idempotent=True,
        load=lambda: models.EmailTemplate,
    ),
    "update_invitation_policy": Endpoint(
        "POST",
        "api/v3/update-invitation-policy",
        idempotent=True,
        load=lambda: models.GetInvitationPolicy,
    ),
    "update_invitation_policy_extends_fields": Endpoint(
        "POST",
        "api/v3/update-invitation-policy-extends-fields",
        idempotent=True,
        load=lambda: models.GetExtendsFields,
    ),
    "update_invitation_roster": Endpoint(
        "POST",
        "api/v3/update-invitation-roster",
        idempotent=True,
        load=lambda: models.InvitationRoster,
    ),
    "update_ldap_config_info": Endpoint("POST", "api/v3/update-ldap-server-config", bool, True),
    "update_universal_invitation_settings": Endpoint(
        "POST",
        "api/v3/update-universal-invitation-settings",
        idempotent=True,
        load=lambda: models.GetUniversalInvitation,
    ),
    "update_verify_config": Endpoint(
        "PUT", "api/v3/verify-config", idempotent=True, load=lambda: models.VerifyConfigData
    ),
    "upload_invitees": Endpoint(
        "POST",
        "api/v3/invitation-invitee/upload",
        idempotent=False,
        load=lambda: models.ImportExportTemplateResp,
    ),
}
_E = ENDPOINTS


class OtherAPI(APIModule):
    """Access keys, LDAP, invitations and other user-pool settings."""

    __slots__ = ()

    async def add_invitation_policy_user_attribution(
        self,
        *,
        target_type: models.TargetType | str,
        target_identifier: str,
        policy_id: str,
        namespace: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UserAttribution:
        """Add invitation policy user attribution.

        ``POST /api/v3/add-invitation-policy-user-attribution``; not retried once it may have
        reached GenAuth (a replay is not safe). Not in the official Python SDK (node SDK:
        ``addPolicyUserAttribution``).
        """
        _body = models.AddInvitationPolicyUserAttribution(
            target_type=require_enum(models.TargetType, target_type, "target_type"),
            target_identifier=require_id(target_identifier, "target_identifier"),
            policy_id=require_id(policy_id, "policy_id"),
            namespace=check_str(namespace, "namespace"),
        )
        return await self._transport.request(
            _E["add_invitation_policy_user_attribution"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    async def add_invitation_policy_user_attributions_batch(
        self,
        *,
        targets: Sequence[models.InvitationPolicyUserAttributionList | Mapping[str, Any]],
        policy_id: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Add invitation policy user attributions batch.

        ``POST /api/v3/add-invitation-policy-user-attributions-batch``; not retried once it may
        have reached GenAuth (a replay is not safe). Not in the official Python SDK (node SDK:
        ``addPolicyUserAttributionsBatch``).
        """
        _body = models.AddInvitationPolicyUserAttributionsBatch(
            targets=as_models(targets, models.InvitationPolicyUserAttributionList, "targets"),
            policy_id=require_id(policy_id, "policy_id"),
        )
        return await self._transport.request(
            _E["add_invitation_policy_user_attributions_batch"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    async def approve_universal_invitation_applicants(
        self,
        *,
        applicant_ids: Sequence[str],
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Approve universal invitation applicants.

        ``POST /api/v3/batch-approval-universal-invitation-applicants``; not retried once it may
        have reached GenAuth (a replay is not safe). Not in the official Python SDK (node SDK:
        ``approval``).
        """
        _body = models.ApprovalUniversalInvitationApplicant(
            applicant_ids=require_ids(applicant_ids, "applicant_ids"),
        )
        return await self._transport.request(
            _E["approve_universal_invitation_applicants"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    async def batch_delete_invitation_policies(
        self,
        *,
        policy_ids: Sequence[str],
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Batch delete invitation policies.

        ``POST /api/v3/delete-invitation-policies-batch``; not retried once it may have reached
        GenAuth (a replay is not safe). Not in the official Python SDK (node SDK:
        ``batchDeleteInvitationPolicies``).
        """
        _body = models.DeleteInvitationPolicyByIds(
            policy_ids=require_ids(policy_ids, "policy_ids"),
        )
        return await self._transport.request(
            _E["batch_delete_invitation_policies"], body=_body, timeout=timeout, deadline=deadline
        )

    async def bind_invitation_rosters_policy(
        self,
        *,
        roster_ids: Sequence[str],
        policy_id: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Bind invitation rosters policy.

        ``POST /api/v3/update-invitation-roster-batch-bind-policy``; retried on failure (a
        replay is safe). Not in the official Python SDK (node SDK: ``batchBindPolicy``).
        """
        _body = models.BatchBindPolicy(
            roster_ids=require_ids(roster_ids, "roster_ids"),
            policy_id=require_id(policy_id, "policy_id"),
        )
        return await self._transport.request(
            _E["bind_invitation_rosters_policy"], body=_body, timeout=timeout, deadline=deadline
        )

    async def copy_invitation_policy_by_id(
        self,
        *,
        policy_id: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetInvitationPolicy:
        """Copy invitation policy by id.

        ``POST /api/v3/copy-invitation-policy-by-id``; not retried once it may have reached
        GenAuth (a replay is not safe). Not in the official Python SDK (node SDK:
        ``copyInvitationPolicyById``).
        """
        _body = models.CopyInvitationPolicy(
            policy_id=require_id(policy_id, "policy_id"),
        )
        return await self._transport.request(
            _E["copy_invitation_policy_by_id"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_access_key(
        self,
        type: str,
        user_id: str | None = None,
        tenant_id: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.CreateAccessKeyResp]:
        """Create access key.

        ``POST /api/v3/create-access-key``; not retried once it may have reached GenAuth (a
        replay is not safe).
        """
        _body = models.CreateAccessKey(
            type=require_id(type, "type"),
            user_id=check_str(user_id, "user_id"),
            tenant_id=check_str(tenant_id, "tenant_id"),
        )
        return await self._transport.request(
            _E["create_access_key"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_invitation_policy(
        self,
        *,
        name: str,
        invite_method: models.InviteMethod | str | None = None,
        invite_link_config: models.InvitationLinkConfig | Mapping[str, Any] | None = None,
        default_password_config: models.DefaultPasswordConfig | Mapping[str, Any] | None = None,
        show_password_in_invite_email: bool | None = None,
        enabled_identifier_verify: bool | None = None,
        send_verify_code_method: models.SendVerifyCodeMethod | str | None = None,
        enabled_info_fill: bool | None = None,
        register_info_fill_msg: str | None = None,
        enabled_ext_idp: bool | None = None,
        allow_skip_bind_ext_idp: bool | None = None,
        ext_idp_bind_msg: str | None = None,
        ext_idp_conn_ids: Sequence[str] | None = None,
        extends_fields: Sequence[str] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetInvitationPolicy:
        """Create invitation policy.

        ``POST /api/v3/create-invitation-policy``; not retried once it may have reached GenAuth
        (a replay is not safe). Not in the official Python SDK (node SDK:
        ``createInvitationPolicy``).
        """
        _body = models.CreateInvitationPolicy(
            name=require_id(name, "name"),
            invite_method=check_enum(models.InviteMethod, invite_method, "invite_method"),
            invite_link_config=as_model(
                invite_link_config, models.InvitationLinkConfig, "invite_link_config", optional=True
            ),
            default_password_config=as_model(
                default_password_config,
                models.DefaultPasswordConfig,
                "default_password_config",
                optional=True,
            ),
            show_password_in_invite_email=check_flag(
                show_password_in_invite_email, "show_password_in_invite_email"
            ),
            enabled_identifier_verify=check_flag(
                enabled_identifier_verify, "enabled_identifier_verify"
            ),
            send_verify_code_method=check_enum(
                models.SendVerifyCodeMethod, send_verify_code_method, "send_verify_code_method"
            ),
            enabled_info_fill=check_flag(enabled_info_fill, "enabled_info_fill"),
            register_info_fill_msg=check_str(register_info_fill_msg, "register_info_fill_msg"),
            enabled_ext_idp=check_flag(enabled_ext_idp, "enabled_ext_idp"),
            allow_skip_bind_ext_idp=check_flag(allow_skip_bind_ext_idp, "allow_skip_bind_ext_idp"),
            ext_idp_bind_msg=check_str(ext_idp_bind_msg, "ext_idp_bind_msg"),
            ext_idp_conn_ids=check_str_list(ext_idp_conn_ids, "ext_idp_conn_ids"),
            extends_fields=check_str_list(extends_fields, "extends_fields"),
        )
        return await self._transport.request(
            _E["create_invitation_policy"], body=_body, timeout=timeout, deadline=deadline
        )

    async def create_invitation_roster(
        self,
        *,
        name: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.InvitationRoster:
        """Create invitation roster.

        ``POST /api/v3/create-invitation-roster``; not retried once it may have reached GenAuth
        (a replay is not safe). Not in the official Python SDK (node SDK:
        ``createInvitationRoster``).
        """
        _body = models.CreateInvitationRoster(
            name=require_id(name, "name"),
        )
        return await self._transport.request(
            _E["create_invitation_roster"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_access_key(
        self,
        access_key_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> None:
        """Delete access key.

        ``POST /api/v3/delete-access-key``; retried on failure (a replay is safe).
        """
        _body = models.DeleteAccessKey(
            access_key_id=require_id(access_key_id, "access_key_id"),
        )
        return await self._transport.request(
            _E["delete_access_key"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_invitation_roster(
        self,
        *,
        id: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete invitation roster.

        ``POST /api/v3/delete-invitation-roster``; retried on failure (a replay is safe). Not in
        the official Python SDK (node SDK: ``deleteInvitationRoster``).
        """
        _body = models.DeleteInvitationRoster(
            id=require_id(id, "id"),
        )
        return await self._transport.request(
            _E["delete_invitation_roster"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_invitation_roster_batch(
        self,
        *,
        ids: Sequence[str],
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete invitation roster batch.

        ``POST /api/v3/delete-invitation-rosters-batch``; retried on failure (a replay is safe).
        Not in the official Python SDK (node SDK: ``deleteInvitationRosterBatch``).
        """
        _body = models.DeleteInvitationRosterBatch(
            ids=require_ids(ids, "ids"),
        )
        return await self._transport.request(
            _E["delete_invitation_roster_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def delete_invitees(
        self,
        *,
        invitee_ids: Sequence[str],
        roster_id: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Delete invitees.

        ``POST /api/v3/batch-delete-invitation-invitees``; retried on failure (a replay is
        safe). Not in the official Python SDK (node SDK: ``deleteInvitees``).
        """
        _body = models.DeleteRosterUsers(
            invitee_ids=require_ids(invitee_ids, "invitee_ids"),
            roster_id=require_id(roster_id, "roster_id"),
        )
        return await self._transport.request(
            _E["delete_invitees"], body=_body, timeout=timeout, deadline=deadline
        )

    async def disable_ldap_server(
        self,
        enabled: bool,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> bool:
        """Disable ldap server.

        ``POST /api/v3/disable-ldap-server``; retried on failure (a replay is safe).
        """
        _body = models.LdapSetEnabledFlag(
            enabled=require_flag(enabled, "enabled"),
        )
        return await self._transport.request(
            _E["disable_ldap_server"], body=_body, timeout=timeout, deadline=deadline
        )

    async def export_invitees(
        self,
        *,
        roster_id: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ImportExportTemplateResp:
        """Export invitees.

        ``POST /api/v3/invitation-invitee/export``; retried on failure (a replay is safe). Not
        in the official Python SDK (node SDK: ``exportUsers``).
        """
        _body = models.ExportUsers(
            roster_id=require_id(roster_id, "roster_id"),
        )
        return await self._transport.request(
            _E["export_invitees"], body=_body, timeout=timeout, deadline=deadline
        )

    async def filter_universal_invitation_applicants(
        self,
        *,
        page: int | str | None = None,
        limit: int | str | None = None,
        keywords: str | None = None,
        filter: models.CombineFiltersBase | Mapping[str, Any] | None = None,
        with_invitor_detail: bool | None = None,
        with_operator_detail: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PaginationUniversalInvitationApplicantData:
        """Filter universal invitation applicants.

        ``POST /api/v3/filter-universal-invitation-applicants``; retried on failure (a replay is
        safe). Not in the official Python SDK (node SDK: ``filter``).
        """
        _body = models.PaginationUniversalInvitationApplicantQuery(
            page=check_page(page),
            limit=check_page_size(limit),
            keywords=check_str(keywords, "keywords"),
            filter=as_model(filter, models.CombineFiltersBase, "filter", optional=True),
            with_invitor_detail=check_flag(with_invitor_detail, "with_invitor_detail"),
            with_operator_detail=check_flag(with_operator_detail, "with_operator_detail"),
        )
        return await self._transport.request(
            _E["filter_universal_invitation_applicants"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_filter_universal_invitation_applicants(
        self,
        *,
        keywords: str | None = None,
        filter: models.CombineFiltersBase | Mapping[str, Any] | None = None,
        with_invitor_detail: bool | None = None,
        with_operator_detail: bool | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.UniversalInvitationApplicantData]:
        """Every item of :meth:`filter_universal_invitation_applicants`, page after page.

        ``POST /api/v3/filter-universal-invitation-applicants``; retried on failure (a replay is
        safe). Not in the official Python SDK (node SDK: ``filter``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.PaginationUniversalInvitationApplicantQuery(
            keywords=check_str(keywords, "keywords"),
            filter=as_model(filter, models.CombineFiltersBase, "filter", optional=True),
            with_invitor_detail=check_flag(with_invitor_detail, "with_invitor_detail"),
            with_operator_detail=check_flag(with_operator_detail, "with_operator_detail"),
        )
        return self._iter_body(
            _E["filter_universal_invitation_applicants"],
            _body,
            (),
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def generate_universal_invitation_link(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GenerateInvitationLink:
        """Generate universal invitation link.

        ``POST /api/v3/generate-universal-invitation-link``; not retried once it may have
        reached GenAuth (a replay is not safe). Not in the official Python SDK (node SDK:
        ``generateUniversalInvitation``).
        """
        _body = EMPTY_BODY
        return await self._transport.request(
            _E["generate_universal_invitation_link"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_access_key(
        self,
        user_id: str,
        access_key_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> list[models.GetAccessKeyResp]:
        """Get access key.

        ``GET /api/v3/get-access-key``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": require_id(user_id, "user_id"),
            "accessKeyId": require_id(access_key_id, "access_key_id"),
        }
        return await self._transport.request(
            _E["get_access_key"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_access_key_list(
        self,
        user_id: str | None = None,
        tenant_id: str | None = None,
        type: str | None = None,
        status: Sequence[str] | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> builtins.list[models.ListAccessKeyResp]:
        """Get access key list.

        ``GET /api/v3/list-access-key``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "userId": check_str(user_id, "user_id"),
            "tenantId": check_str(tenant_id, "tenant_id"),
            "type": check_str(type, "type"),
            "status": check_str_list(status, "status"),
        }
        return await self._transport.request(
            _E["get_access_key_list"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_bind_pwd(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> str:
        """Get bind pwd.

        ``GET /api/v3/get-ldap-server-random-pwd``; retried on failure (a replay is safe).
        """
        return await self._transport.request(_E["get_bind_pwd"], timeout=timeout, deadline=deadline)

    async def get_invitation_email_template(
        self,
        *,
        scene: models.EmailTemplateQueryScene | str,
        policy_id: str,
        roster_id: str | None = None,
        template_type: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.EmailTemplate:
        """Get invitation email template.

        ``POST /api/v3/get-invitation-policy-email-template``; retried on failure (a replay is
        safe). Not in the official Python SDK (node SDK: ``getInviteEmailTemplate``).
        """
        _body = models.EmailTemplateQuery(
            scene=require_enum(models.EmailTemplateQueryScene, scene, "scene"),
            policy_id=require_id(policy_id, "policy_id"),
            roster_id=check_str(roster_id, "roster_id"),
            template_type=check_str(template_type, "template_type"),
        )
        return await self._transport.request(
            _E["get_invitation_email_template"], body=_body, timeout=timeout, deadline=deadline
        )

    async def get_invitation_policy(
        self,
        *,
        policy_id: str,
        roster_id: str | None = None,
        with_creator_detail: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetInvitationPolicy:
        """Get invitation policy.

        ``GET /api/v3/get-invitation-policy``; retried on failure (a replay is safe). Not in the
        official Python SDK (node SDK: ``getPolicyDetailById``).
        """
        _query: dict[str, Any] = {
            "policyId": require_id(policy_id, "policy_id"),
            "rosterId": check_str(roster_id, "roster_id"),
            "withCreatorDetail": check_flag(with_creator_detail, "with_creator_detail"),
        }
        return await self._transport.request(
            _E["get_invitation_policy"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_invitation_policy_user_attribution(
        self,
        *,
        id: str,
        with_target_detail: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UserAttribution:
        """Get invitation policy user attribution.

        ``GET /api/v3/get-invitation-policy-user-attribution``; retried on failure (a replay is
        safe). Not in the official Python SDK (node SDK: ``getPolicyUserAttributionDetail``).
        """
        _query: dict[str, Any] = {
            "id": require_id(id, "id"),
            "withTargetDetail": check_flag(with_target_detail, "with_target_detail"),
        }
        return await self._transport.request(
            _E["get_invitation_policy_user_attribution"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
        )

    async def get_invitation_roster(
        self,
        *,
        roster_id: str,
        with_creator_detail: bool | None = None,
        with_user_count: bool | None = None,
        with_assigned_policy: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.InvitationRoster:
        """Get invitation roster.

        ``GET /api/v3/get-invitation-roster``; retried on failure (a replay is safe). Not in the
        official Python SDK (node SDK: ``getInvitationRoster``).
        """
        _query: dict[str, Any] = {
            "rosterId": require_id(roster_id, "roster_id"),
            "withCreatorDetail": check_flag(with_creator_detail, "with_creator_detail"),
            "withUserCount": check_flag(with_user_count, "with_user_count"),
            "withAssignedPolicy": check_flag(with_assigned_policy, "with_assigned_policy"),
        }
        return await self._transport.request(
            _E["get_invitation_roster"], query=_query, timeout=timeout, deadline=deadline
        )

    async def get_invitee_import_template(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ImportExportTemplateResp:
        """Get invitee import template.

        ``GET /api/v3/invitation-invitee/template``; retried on failure (a replay is safe). Not
        in the official Python SDK (node SDK: ``importTemplate``).
        """
        return await self._transport.request(
            _E["get_invitee_import_template"], timeout=timeout, deadline=deadline
        )

    async def get_universal_invitation_settings(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetUniversalInvitation:
        """Get universal invitation settings.

        ``GET /api/v3/get-universal-invitation-settings``; retried on failure (a replay is
        safe). Not in the official Python SDK (node SDK: ``getUniversalInvitation``).
        """
        return await self._transport.request(
            _E["get_universal_invitation_settings"], timeout=timeout, deadline=deadline
        )

    async def get_verify_config(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.VerifyConfigData:
        """The GenAuth Verify configuration of the user pool.

        ``GET /api/v3/verify-config``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``VerifyConfigController_getVerifyConfig``).
        """
        return await self._transport.request(
            _E["get_verify_config"], timeout=timeout, deadline=deadline
        )

    async def get_verify_config_app(
        self,
        keywords: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.Application:
        """Get verify config app.

        ``GET /api/v3/verify-config-app``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "keywords": check_str(keywords, "keywords"),
        }
        return await self._transport.request(
            _E["get_verify_config_app"], query=_query, timeout=timeout, deadline=deadline
        )

    async def import_invitees(
        self,
        *,
        roster_id: str,
        file: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ImportInvitee:
        """Import invitees.

        ``POST /api/v3/invitation-invitee/import``; not retried once it may have reached GenAuth
        (a replay is not safe). Not in the official Python SDK (node SDK: ``importUsers``).
        """
        _body = models.ImportUsers(
            roster_id=require_id(roster_id, "roster_id"),
            file=require_id(file, "file"),
        )
        return await self._transport.request(
            _E["import_invitees"], body=_body, timeout=timeout, deadline=deadline
        )

    async def list_invitation_invitees(
        self,
        *,
        roster_id: str,
        page: int | str | None = None,
        limit: int | str | None = None,
        keywords: str | None = None,
        filter: models.CombineFiltersBase | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.InvitationUserPagination:
        """List invitation invitees.

        ``POST /api/v3/list-invitation-invitees``; retried on failure (a replay is safe). Not in
        the official Python SDK (node SDK: ``filterUsers``).
        """
        _body = models.ListInvitationUser(
            roster_id=require_id(roster_id, "roster_id"),
            page=check_page(page),
            limit=check_page_size(limit),
            keywords=check_str(keywords, "keywords"),
            filter=as_model(filter, models.CombineFiltersBase, "filter", optional=True),
            with_creator_detail=check_flag(with_creator_detail, "with_creator_detail"),
        )
        return await self._transport.request(
            _E["list_invitation_invitees"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_invitation_invitees(
        self,
        *,
        roster_id: str,
        keywords: str | None = None,
        filter: models.CombineFiltersBase | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.InvitationUser]:
        """Every item of :meth:`list_invitation_invitees`, page after page.

        ``POST /api/v3/list-invitation-invitees``; retried on failure (a replay is safe). Not in
        the official Python SDK (node SDK: ``filterUsers``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.ListInvitationUser(
            roster_id=require_id(roster_id, "roster_id"),
            keywords=check_str(keywords, "keywords"),
            filter=as_model(filter, models.CombineFiltersBase, "filter", optional=True),
            with_creator_detail=check_flag(with_creator_detail, "with_creator_detail"),
        )
        return self._iter_body(
            _E["list_invitation_invitees"],
            _body,
            (),
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def list_invitation_policies(
        self,
        *,
        page: int | str | None = None,
        limit: int | str | None = None,
        keywords: str | None = None,
        filter: models.CombineFiltersBase | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.PaginationInvitationPolicyData:
        """List invitation policies.

        ``POST /api/v3/list-invitation-policies``; retried on failure (a replay is safe). Not in
        the official Python SDK (node SDK: ``listInvitationPolicies``).
        """
        _body = models.PaginationInvitationPolicyQuery(
            page=check_page(page),
            limit=check_page_size(limit),
            keywords=check_str(keywords, "keywords"),
            filter=as_model(filter, models.CombineFiltersBase, "filter", optional=True),
            with_creator_detail=check_flag(with_creator_detail, "with_creator_detail"),
        )
        return await self._transport.request(
            _E["list_invitation_policies"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_invitation_policies(
        self,
        *,
        keywords: str | None = None,
        filter: models.CombineFiltersBase | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.GetInvitationPolicy]:
        """Every item of :meth:`list_invitation_policies`, page after page.

        ``POST /api/v3/list-invitation-policies``; retried on failure (a replay is safe). Not in
        the official Python SDK (node SDK: ``listInvitationPolicies``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.PaginationInvitationPolicyQuery(
            keywords=check_str(keywords, "keywords"),
            filter=as_model(filter, models.CombineFiltersBase, "filter", optional=True),
            with_creator_detail=check_flag(with_creator_detail, "with_creator_detail"),
        )
        return self._iter_body(
            _E["list_invitation_policies"],
            _body,
            (),
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def list_invitation_policy_extends_fields(
        self,
        *,
        policy_id: str,
        roster_id: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetExtendsFields:
        """List invitation policy extends fields.

        ``GET /api/v3/list-invitation-policy-extends-fields``; retried on failure (a replay is
        safe). Not in the official Python SDK (node SDK: ``listRegisterExtendsFields``).
        """
        _query: dict[str, Any] = {
            "policyId": require_id(policy_id, "policy_id"),
            "rosterId": check_str(roster_id, "roster_id"),
        }
        return await self._transport.request(
            _E["list_invitation_policy_extends_fields"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
        )

    async def list_invitation_policy_user_attributions(
        self,
        *,
        policy_id: str,
        target_type: models.TargetType | str,
        page: int | str | None = None,
        limit: int | str | None = None,
        with_target_detail: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.UserAttributionPagination:
        """List invitation policy user attributions.

        ``GET /api/v3/list-invitation-policy-user-attributions``; retried on failure (a replay
        is safe). Not in the official Python SDK (node SDK:
        ``listPolicyUserAttributionDetail``).
        """
        _query: dict[str, Any] = {
            "policyId": require_id(policy_id, "policy_id"),
            "targetType": require_enum(models.TargetType, target_type, "target_type"),
            "page": check_page(page),
            "limit": check_page_size(limit),
            "withTargetDetail": check_flag(with_target_detail, "with_target_detail"),
        }
        return await self._transport.request(
            _E["list_invitation_policy_user_attributions"],
            query=_query,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_invitation_policy_user_attributions(
        self,
        *,
        policy_id: str,
        target_type: models.TargetType | str,
        with_target_detail: bool | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.UserAttribution]:
        """Every item of :meth:`list_invitation_policy_user_attributions`, page after page.

        ``GET /api/v3/list-invitation-policy-user-attributions``; retried on failure (a replay
        is safe). Not in the official Python SDK (node SDK:
        ``listPolicyUserAttributionDetail``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "policyId": require_id(policy_id, "policy_id"),
            "targetType": require_enum(models.TargetType, target_type, "target_type"),
            "withTargetDetail": check_flag(with_target_detail, "with_target_detail"),
        }
        return self._iter_query(
            _E["list_invitation_policy_user_attributions"],
            _query,
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def list_invitation_rosters(
        self,
        *,
        page: int | str | None = None,
        limit: int | str | None = None,
        keywords: str | None = None,
        filter: models.CombineFiltersBase | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        with_user_count: bool | None = None,
        with_assigned_policy: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.InvitationRosterPagination:
        """List invitation rosters.

        ``POST /api/v3/list-invitation-rosters``; retried on failure (a replay is safe). Not in
        the official Python SDK (node SDK: ``listInvitationRoster``).
        """
        _body = models.ListInvitationRoster(
            page=check_page(page),
            limit=check_page_size(limit),
            keywords=check_str(keywords, "keywords"),
            filter=as_model(filter, models.CombineFiltersBase, "filter", optional=True),
            with_creator_detail=check_flag(with_creator_detail, "with_creator_detail"),
            with_user_count=check_flag(with_user_count, "with_user_count"),
            with_assigned_policy=check_flag(with_assigned_policy, "with_assigned_policy"),
        )
        return await self._transport.request(
            _E["list_invitation_rosters"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_invitation_rosters(
        self,
        *,
        keywords: str | None = None,
        filter: models.CombineFiltersBase | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        with_user_count: bool | None = None,
        with_assigned_policy: bool | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.InvitationRoster]:
        """Every item of :meth:`list_invitation_rosters`, page after page.

        ``POST /api/v3/list-invitation-rosters``; retried on failure (a replay is safe). Not in
        the official Python SDK (node SDK: ``listInvitationRoster``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.ListInvitationRoster(
            keywords=check_str(keywords, "keywords"),
            filter=as_model(filter, models.CombineFiltersBase, "filter", optional=True),
            with_creator_detail=check_flag(with_creator_detail, "with_creator_detail"),
            with_user_count=check_flag(with_user_count, "with_user_count"),
            with_assigned_policy=check_flag(with_assigned_policy, "with_assigned_policy"),
        )
        return self._iter_body(
            _E["list_invitation_rosters"],
            _body,
            (),
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def list_invitation_rosters_by_non_policy_id(
        self,
        *,
        page: int | str | None = None,
        limit: int | str | None = None,
        keywords: str | None = None,
        filter: models.CombineFiltersBase | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        with_user_count: bool | None = None,
        with_assigned_policy: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.InvitationRosterPagination:
        """List invitation rosters by non policy id.

        ``POST /api/v3/list-invitation-rosters-by-no-policy-id``; retried on failure (a replay
        is safe). Not in the official Python SDK (node SDK:
        ``listInvitationRostersByNonPolicyId``).
        """
        _body = models.ListInvitationRoster(
            page=check_page(page),
            limit=check_page_size(limit),
            keywords=check_str(keywords, "keywords"),
            filter=as_model(filter, models.CombineFiltersBase, "filter", optional=True),
            with_creator_detail=check_flag(with_creator_detail, "with_creator_detail"),
            with_user_count=check_flag(with_user_count, "with_user_count"),
            with_assigned_policy=check_flag(with_assigned_policy, "with_assigned_policy"),
        )
        return await self._transport.request(
            _E["list_invitation_rosters_by_non_policy_id"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_invitation_rosters_by_non_policy_id(
        self,
        *,
        keywords: str | None = None,
        filter: models.CombineFiltersBase | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        with_user_count: bool | None = None,
        with_assigned_policy: bool | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.InvitationRoster]:
        """Every item of :meth:`list_invitation_rosters_by_non_policy_id`, page after page.

        ``POST /api/v3/list-invitation-rosters-by-no-policy-id``; retried on failure (a replay
        is safe). Not in the official Python SDK (node SDK:
        ``listInvitationRostersByNonPolicyId``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.ListInvitationRoster(
            keywords=check_str(keywords, "keywords"),
            filter=as_model(filter, models.CombineFiltersBase, "filter", optional=True),
            with_creator_detail=check_flag(with_creator_detail, "with_creator_detail"),
            with_user_count=check_flag(with_user_count, "with_user_count"),
            with_assigned_policy=check_flag(with_assigned_policy, "with_assigned_policy"),
        )
        return self._iter_body(
            _E["list_invitation_rosters_by_non_policy_id"],
            _body,
            (),
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def list_invitation_rosters_by_policy_id(
        self,
        *,
        policy_id: str,
        page: int | str | None = None,
        limit: int | str | None = None,
        keywords: str | None = None,
        filter: models.CombineFiltersBase | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        with_user_count: bool | None = None,
        with_assigned_policy: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.InvitationRosterPagination:
        """List invitation rosters by policy id.

        ``POST /api/v3/list-invitation-rosters-by-policy-id``; retried on failure (a replay is
        safe). Not in the official Python SDK (node SDK: ``listInvitationRostersByPolicyId``).
        """
        _body = models.ListInvitationRosterByPolicyId(
            policy_id=require_id(policy_id, "policy_id"),
            page=check_page(page),
            limit=check_page_size(limit),
            keywords=check_str(keywords, "keywords"),
            filter=as_model(filter, models.CombineFiltersBase, "filter", optional=True),
            with_creator_detail=check_flag(with_creator_detail, "with_creator_detail"),
            with_user_count=check_flag(with_user_count, "with_user_count"),
            with_assigned_policy=check_flag(with_assigned_policy, "with_assigned_policy"),
        )
        return await self._transport.request(
            _E["list_invitation_rosters_by_policy_id"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    def iter_invitation_rosters_by_policy_id(
        self,
        *,
        policy_id: str,
        keywords: str | None = None,
        filter: models.CombineFiltersBase | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        with_user_count: bool | None = None,
        with_assigned_policy: bool | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.InvitationRoster]:
        """Every item of :meth:`list_invitation_rosters_by_policy_id`, page after page.

        ``POST /api/v3/list-invitation-rosters-by-policy-id``; retried on failure (a replay is
        safe). Not in the official Python SDK (node SDK: ``listInvitationRostersByPolicyId``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.ListInvitationRosterByPolicyId(
            policy_id=require_id(policy_id, "policy_id"),
            keywords=check_str(keywords, "keywords"),
            filter=as_model(filter, models.CombineFiltersBase, "filter", optional=True),
            with_creator_detail=check_flag(with_creator_detail, "with_creator_detail"),
            with_user_count=check_flag(with_user_count, "with_user_count"),
            with_assigned_policy=check_flag(with_assigned_policy, "with_assigned_policy"),
        )
        return self._iter_body(
            _E["list_invitation_rosters_by_policy_id"],
            _body,
            (),
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def query_ldap_config_info(
        self,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.LdapConfigInfo:
        """Query ldap config info.

        ``GET /api/v3/get-ldap-server-config``; retried on failure (a replay is safe).
        """
        return await self._transport.request(
            _E["query_ldap_config_info"], timeout=timeout, deadline=deadline
        )

    async def query_ldap_log(
        self,
        type: int,
        page: int | str,
        limit: int | str,
        connection: int | None = None,
        operation_number: int | None = None,
        error_code: int | None = None,
        message: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.LdapLog:
        """Query ldap log.

        ``GET /api/v3/get-ldap-server-log``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "type": require_int(type, "type"),
            "page": check_page(page, required=True),
            "limit": check_page_size(limit, required=True),
            "connection": check_int(connection, "connection"),
            "operationNumber": check_int(operation_number, "operation_number"),
            "errorCode": check_int(error_code, "error_code"),
            "message": check_str(message, "message"),
            "startTime": check_int(start_time, "start_time", minimum=0),
            "endTime": check_int(end_time, "end_time", minimum=0),
        }
        return await self._transport.request(
            _E["query_ldap_log"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_query_ldap_log(
        self,
        type: int,
        connection: int | None = None,
        operation_number: int | None = None,
        error_code: int | None = None,
        message: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[Any]:
        """Every item of :meth:`query_ldap_log`, page after page.

        ``GET /api/v3/get-ldap-server-log``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "type": require_int(type, "type"),
            "connection": check_int(connection, "connection"),
            "operationNumber": check_int(operation_number, "operation_number"),
            "errorCode": check_int(error_code, "error_code"),
            "message": check_str(message, "message"),
            "startTime": check_int(start_time, "start_time", minimum=0),
            "endTime": check_int(end_time, "end_time", minimum=0),
        }
        return self._iter_query(
            _E["query_ldap_log"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def query_ldap_sub_entries(
        self,
        page: int | str,
        limit: int | str,
        dn: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.LdapLog:
        """Query ldap sub entries.

        ``GET /api/v3/get-ldap-sub-entries``; retried on failure (a replay is safe).
        """
        _query: dict[str, Any] = {
            "page": check_page(page, required=True),
            "limit": check_page_size(limit, required=True),
            "dn": check_str(dn, "dn"),
        }
        return await self._transport.request(
            _E["query_ldap_sub_entries"], query=_query, timeout=timeout, deadline=deadline
        )

    def iter_query_ldap_sub_entries(
        self,
        dn: str | None = None,
        *,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[Any]:
        """Every item of :meth:`query_ldap_sub_entries`, page after page.

        ``GET /api/v3/get-ldap-sub-entries``; retried on failure (a replay is safe).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _query: dict[str, Any] = {
            "dn": check_str(dn, "dn"),
        }
        return self._iter_query(
            _E["query_ldap_sub_entries"], _query, start_page, limit, page_retries, timeout, deadline
        )

    async def quick_filter_invitees(
        self,
        *,
        page: int | str | None = None,
        limit: int | str | None = None,
        keywords: str | None = None,
        filter: models.CombineFiltersBase | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.QuickFilterInviteePagination:
        """Quick filter invitees.

        ``POST /api/v3/quick-filter-invitees``; retried on failure (a replay is safe). Not in
        the official Python SDK (node SDK: ``quickFilterInviteeList``).
        """
        _body = models.QuickFilterInvitationUser(
            page=check_page(page),
            limit=check_page_size(limit),
            keywords=check_str(keywords, "keywords"),
            filter=as_model(filter, models.CombineFiltersBase, "filter", optional=True),
        )
        return await self._transport.request(
            _E["quick_filter_invitees"], body=_body, timeout=timeout, deadline=deadline
        )

    def iter_quick_filter_invitees(
        self,
        *,
        keywords: str | None = None,
        filter: models.CombineFiltersBase | Mapping[str, Any] | None = None,
        start_page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        page_retries: int = 3,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> AsyncIterator[models.QuickFilterInviteeRecord]:
        """Every item of :meth:`quick_filter_invitees`, page after page.

        ``POST /api/v3/quick-filter-invitees``; retried on failure (a replay is safe). Not in
        the official Python SDK (node SDK: ``quickFilterInviteeList``).

        Args:
            start_page: the first page to fetch (1-based).
            limit: items per page (at most 50).
            page_retries: how many more times a page is fetched after a server,
                rate-limit or connection error (on top of the client's own retries).
            deadline: seconds for each page's call (not for the whole walk).
        """
        _body = models.QuickFilterInvitationUser(
            keywords=check_str(keywords, "keywords"),
            filter=as_model(filter, models.CombineFiltersBase, "filter", optional=True),
        )
        return self._iter_body(
            _E["quick_filter_invitees"],
            _body,
            (),
            start_page,
            limit,
            page_retries,
            timeout,
            deadline,
        )

    async def reject_universal_invitation_applicants(
        self,
        *,
        applicant_ids: Sequence[str],
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Reject universal invitation applicants.

        ``POST /api/v3/batch-reject-universal-invitation-applicant``; not retried once it may
        have reached GenAuth (a replay is not safe). Not in the official Python SDK (node SDK:
        ``reject``).
        """
        _body = models.ApprovalUniversalInvitationApplicant(
            applicant_ids=require_ids(applicant_ids, "applicant_ids"),
        )
        return await self._transport.request(
            _E["reject_universal_invitation_applicants"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    async def remove_invitation_policy_user_attribution(
        self,
        *,
        target_type: models.TargetType | str,
        target_identifier: str,
        policy_id: str,
        namespace: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Remove invitation policy user attribution.

        ``POST /api/v3/remove-invitation-policy-user-attribution``; retried on failure (a replay
        is safe). Not in the official Python SDK (node SDK: ``removePolicyUserAttribution``).
        """
        _body = models.RemoveInvitationPolicyUserAttribution(
            target_type=require_enum(models.TargetType, target_type, "target_type"),
            target_identifier=require_id(target_identifier, "target_identifier"),
            policy_id=require_id(policy_id, "policy_id"),
            namespace=check_str(namespace, "namespace"),
        )
        return await self._transport.request(
            _E["remove_invitation_policy_user_attribution"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    async def remove_invitation_policy_user_attributions_batch(
        self,
        *,
        targets: Sequence[models.InvitationPolicyUserAttributionList | Mapping[str, Any]],
        policy_id: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Remove invitation policy user attributions batch.

        ``POST /api/v3/remove-invitation-policy-user-attributions-batch``; retried on failure (a
        replay is safe). Not in the official Python SDK (node SDK:
        ``removePolicyUserAttributionsBatch``).
        """
        _body = models.RemoveInvitationPolicyUserAttributionsBatch(
            targets=as_models(targets, models.InvitationPolicyUserAttributionList, "targets"),
            policy_id=require_id(policy_id, "policy_id"),
        )
        return await self._transport.request(
            _E["remove_invitation_policy_user_attributions_batch"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    async def revert_roster_invitation(
        self,
        *,
        invitee_id: str,
        roster_id: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Revert roster invitation.

        ``POST /api/v3/revert-roster-invitation``; not retried once it may have reached GenAuth
        (a replay is not safe). Not in the official Python SDK (node SDK:
        ``revertRosterInvitation``).
        """
        _body = models.RevertRosterInvitation(
            invitee_id=require_id(invitee_id, "invitee_id"),
            roster_id=require_id(roster_id, "roster_id"),
        )
        return await self._transport.request(
            _E["revert_roster_invitation"], body=_body, timeout=timeout, deadline=deadline
        )

    async def revert_roster_invitation_batch(
        self,
        *,
        invitee_ids: Sequence[str],
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Revert roster invitation batch.

        ``POST /api/v3/revert-roster-invitation-batch``; not retried once it may have reached
        GenAuth (a replay is not safe). Not in the official Python SDK (node SDK:
        ``revertRosterInvitationBatch``).
        """
        _body = models.RevertRosterInvitationBatch(
            invitee_ids=require_ids(invitee_ids, "invitee_ids"),
        )
        return await self._transport.request(
            _E["revert_roster_invitation_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def save_ldap_config_info(
        self,
        ldap_domain: str,
        link_url: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> bool:
        """Save ldap config info.

        ``POST /api/v3/enable-ldap-server``; retried on failure (a replay is safe).
        """
        _body = models.LdapSave(
            ldap_domain=require_id(ldap_domain, "ldap_domain"),
            link_url=check_str(link_url, "link_url"),
        )
        return await self._transport.request(
            _E["save_ldap_config_info"], body=_body, timeout=timeout, deadline=deadline
        )

    async def send_roster_invitation(
        self,
        *,
        roster_id: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Send roster invitation.

        ``POST /api/v3/send-roster-invitation``; not retried once it may have reached GenAuth (a
        replay is not safe). Not in the official Python SDK (node SDK:
        ``sendRosterInvitation``).
        """
        _body = models.SendRosterInvitation(
            roster_id=require_id(roster_id, "roster_id"),
        )
        return await self._transport.request(
            _E["send_roster_invitation"], body=_body, timeout=timeout, deadline=deadline
        )

    async def send_roster_invitation_batch(
        self,
        *,
        invitee_ids: Sequence[str],
        roster_id: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Send roster invitation batch.

        ``POST /api/v3/send-roster-invitation-batch``; not retried once it may have reached
        GenAuth (a replay is not safe). Not in the official Python SDK (node SDK:
        ``sendRosterInvitationBatch``).
        """
        _body = models.SendRosterInvitationBatch(
            invitee_ids=require_ids(invitee_ids, "invitee_ids"),
            roster_id=require_id(roster_id, "roster_id"),
        )
        return await self._transport.request(
            _E["send_roster_invitation_batch"], body=_body, timeout=timeout, deadline=deadline
        )

    async def unbind_invitation_rosters_policy(
        self,
        *,
        roster_ids: Sequence[str],
        policy_id: str,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Unbind invitation rosters policy.

        ``POST /api/v3/update-invitation-roster-batch-unbind-policy``; retried on failure (a
        replay is safe). Not in the official Python SDK (node SDK: ``batchUnbindPolicy``).
        """
        _body = models.BatchUnbindPolicy(
            roster_ids=require_ids(roster_ids, "roster_ids"),
            policy_id=require_id(policy_id, "policy_id"),
        )
        return await self._transport.request(
            _E["unbind_invitation_rosters_policy"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_access_key(
        self,
        enable: bool,
        access_key_id: str,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.IsSuccess:
        """Update access key.

        ``POST /api/v3/update-access-key``; retried on failure (a replay is safe).
        """
        _body = models.UpdateAccessKey(
            enable=require_flag(enable, "enable"),
            access_key_id=require_id(access_key_id, "access_key_id"),
        )
        return await self._transport.request(
            _E["update_access_key"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_invitation_email_template(
        self,
        *,
        type: models.EmailTemplateType | str,
        customize_enabled: bool,
        name: str,
        subject: str,
        sender: str,
        content: str,
        expires_in: int | None = None,
        redirect_to: str | None = None,
        tpl_engine: models.TplEngine | str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.EmailTemplate:
        """Update invitation email template.

        ``POST /api/v3/update-invitation-policy-email-template``; retried on failure (a replay
        is safe). Not in the official Python SDK (node SDK: ``updateInviteEmailTemplate``).
        """
        _body = models.UpdateEmailTemplate(
            type=require_enum(models.EmailTemplateType, type, "type"),
            customize_enabled=require_flag(customize_enabled, "customize_enabled"),
            name=require_id(name, "name"),
            subject=require_id(subject, "subject"),
            sender=require_id(sender, "sender"),
            content=require_id(content, "content"),
            expires_in=check_int(expires_in, "expires_in"),
            redirect_to=check_str(redirect_to, "redirect_to"),
            tpl_engine=check_enum(models.TplEngine, tpl_engine, "tpl_engine"),
        )
        return await self._transport.request(
            _E["update_invitation_email_template"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_invitation_policy(
        self,
        *,
        policy_id: str,
        name: str | None = None,
        invite_method: models.InviteMethod | str | None = None,
        invite_link_config: models.InvitationLinkConfig | Mapping[str, Any] | None = None,
        default_password_config: models.DefaultPasswordConfig | Mapping[str, Any] | None = None,
        show_password_in_invite_email: bool | None = None,
        enabled_identifier_verify: bool | None = None,
        send_verify_code_method: models.SendVerifyCodeMethod | str | None = None,
        enabled_info_fill: bool | None = None,
        register_info_fill_msg: str | None = None,
        enabled_ext_idp: bool | None = None,
        allow_skip_bind_ext_idp: bool | None = None,
        ext_idp_bind_msg: str | None = None,
        ext_idp_conn_ids: Sequence[str] | None = None,
        extends_fields: Sequence[str] | None = None,
        invite_email_template_type: str | None = None,
        welcome_email_template_type: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetInvitationPolicy:
        """Update invitation policy.

        ``POST /api/v3/update-invitation-policy``; retried on failure (a replay is safe). Not in
        the official Python SDK (node SDK: ``updateInvitationPolicy``).
        """
        _body = models.UpdateInvitationPolicy(
            policy_id=require_id(policy_id, "policy_id"),
            name=check_str(name, "name"),
            invite_method=check_enum(models.InviteMethod, invite_method, "invite_method"),
            invite_link_config=as_model(
                invite_link_config, models.InvitationLinkConfig, "invite_link_config", optional=True
            ),
            default_password_config=as_model(
                default_password_config,
                models.DefaultPasswordConfig,
                "default_password_config",
                optional=True,
            ),
            show_password_in_invite_email=check_flag(
                show_password_in_invite_email, "show_password_in_invite_email"
            ),
            enabled_identifier_verify=check_flag(
                enabled_identifier_verify, "enabled_identifier_verify"
            ),
            send_verify_code_method=check_enum(
                models.SendVerifyCodeMethod, send_verify_code_method, "send_verify_code_method"
            ),
            enabled_info_fill=check_flag(enabled_info_fill, "enabled_info_fill"),
            register_info_fill_msg=check_str(register_info_fill_msg, "register_info_fill_msg"),
            enabled_ext_idp=check_flag(enabled_ext_idp, "enabled_ext_idp"),
            allow_skip_bind_ext_idp=check_flag(allow_skip_bind_ext_idp, "allow_skip_bind_ext_idp"),
            ext_idp_bind_msg=check_str(ext_idp_bind_msg, "ext_idp_bind_msg"),
            ext_idp_conn_ids=check_str_list(ext_idp_conn_ids, "ext_idp_conn_ids"),
            extends_fields=check_str_list(extends_fields, "extends_fields"),
            invite_email_template_type=check_str(
                invite_email_template_type, "invite_email_template_type"
            ),
            welcome_email_template_type=check_str(
                welcome_email_template_type, "welcome_email_template_type"
            ),
        )
        return await self._transport.request(
            _E["update_invitation_policy"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_invitation_policy_extends_fields(
        self,
        *,
        extends_field: models.UpdateExtendsField | Mapping[str, Any],
        action: str,
        policy_id: str,
        new_order: Sequence[str] | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetExtendsFields:
        """Update invitation policy extends fields.

        ``POST /api/v3/update-invitation-policy-extends-fields``; retried on failure (a replay
        is safe). Not in the official Python SDK (node SDK: ``updateRegisterExtendsFields``).
        """
        _body = models.PolicyExtendsFields(
            extends_field=as_model(extends_field, models.UpdateExtendsField, "extends_field"),
            action=require_id(action, "action"),
            policy_id=require_id(policy_id, "policy_id"),
            new_order=check_str_list(new_order, "new_order"),
        )
        return await self._transport.request(
            _E["update_invitation_policy_extends_fields"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    async def update_invitation_roster(
        self,
        *,
        roster_id: str,
        name: str | None = None,
        policy_id: str | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.InvitationRoster:
        """Update invitation roster.

        ``POST /api/v3/update-invitation-roster``; retried on failure (a replay is safe). Not in
        the official Python SDK (node SDK: ``updateInvitationRoster``).
        """
        _body = models.UpdateInvitationRoster(
            roster_id=require_id(roster_id, "roster_id"),
            name=check_str(name, "name"),
            policy_id=check_str(policy_id, "policy_id"),
        )
        return await self._transport.request(
            _E["update_invitation_roster"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_ldap_config_info(
        self,
        bind_pwd: str | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> bool:
        """Update ldap config info.

        ``POST /api/v3/update-ldap-server-config``; retried on failure (a replay is safe).
        """
        _body = models.LdapUpdate(
            bind_pwd=check_str(bind_pwd, "bind_pwd"),
        )
        return await self._transport.request(
            _E["update_ldap_config_info"], body=_body, timeout=timeout, deadline=deadline
        )

    async def update_universal_invitation_settings(
        self,
        *,
        admin_invitation_config: bool | None = None,
        member_invitation_config: bool | None = None,
        enabled_member_invitation: bool | None = None,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.GetUniversalInvitation:
        """Update universal invitation settings.

        ``POST /api/v3/update-universal-invitation-settings``; retried on failure (a replay is
        safe). Not in the official Python SDK (node SDK: ``updateUniversalInvitation``).
        """
        _body = models.UpdateUniversalInvitation(
            admin_invitation_config=check_flag(admin_invitation_config, "admin_invitation_config"),
            member_invitation_config=check_flag(
                member_invitation_config, "member_invitation_config"
            ),
            enabled_member_invitation=check_flag(
                enabled_member_invitation, "enabled_member_invitation"
            ),
        )
        return await self._transport.request(
            _E["update_universal_invitation_settings"],
            body=_body,
            timeout=timeout,
            deadline=deadline,
        )

    async def update_verify_config(
        self,
        id: str,
        app_id: str,
        app_secret: str,
        public_key: str,
        auth_address: str,
        logo: str,
        name: str,
        is_win_login: bool | None = None,
        is_win_change_pwd: bool | None = None,
        *,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.VerifyConfigData:
        """Change the GenAuth Verify configuration of the user pool.

        ``PUT /api/v3/verify-config``; retried on failure (a replay is safe). In neither
        official SDK: from GenAuth's server OpenAPI document
        (``VerifyConfigController_updateVerifyConfig``).
        """
        _body = models.VerifyConfigData(
            id=require_id(id, "id"),
            app_id=require_id(app_id, "app_id"),
            app_secret=require_id(app_secret, "app_secret"),
            public_key=require_id(public_key, "public_key"),
            auth_address=require_id(auth_address, "auth_address"),
            logo=require_id(logo, "logo"),
            name=require_id(name, "name"),
            is_win_login=check_flag(is_win_login, "is_win_login"),
            is_win_change_pwd=check_flag(is_win_change_pwd, "is_win_change_pwd"),
        )
        return await self._transport.request(
            _E["update_verify_config"], body=_body, timeout=timeout, deadline=deadline
        )

    async def upload_invitees(
        self,
        *,
        private: bool,
        timeout: TimeoutArg = None,
        deadline: float | None = None,
    ) -> models.ImportExportTemplateResp:
        """Upload invitees.

        ``POST /api/v3/invitation-invitee/upload``; not retried once it may have reached GenAuth
        (a replay is not safe). Not in the official Python SDK (node SDK: ``upload``).
        """
        _query: dict[str, Any] = {
            "private": require_flag(private, "private"),
        }
        _body = EMPTY_BODY
        return await self._transport.request(
            _E["upload_invitees"], query=_query, body=_body, timeout=timeout, deadline=deadline
        )
