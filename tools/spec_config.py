"""What ``tools/build_spec.py`` adds to the extracted contract: choices made by hand.

Everything here ends up in ``spec/genauth-management.openapi.json`` as plain OpenAPI or as
``x-`` extensions; the code generator reads only that document.
"""

from __future__ import annotations

from typing import Any

# -- model and enum names ------------------------------------------------------------------

#: DTO -> Python class name, where dropping the ``Dto`` suffix is not the right name
CLASS_NAMES: dict[str, str] = {"GetMfaInfoDataDto": "MfaTriggerData", "UserDto": "User"}

_USER_ID_TYPE = [
    "user_id",
    "external_id",
    "phone",
    "email",
    "username",
    "identity",
    "sync_relation",
    "custom_field",
]

#: enums named by hand: by their values, or by the DTO field that holds them
ENUMS: list[dict[str, Any]] = [
    {"name": "UserIdType", "values": _USER_ID_TYPE, "doc": "How ``user_id`` identifies a user."},
    {
        "name": "UserStatus",
        "values": ["Suspended", "Resigned", "Activated", "Archived", "Deactivated"],
        "doc": "Account status of a user.",
    },
    {"name": "WorkStatus", "values": ["Closed", "Active"], "doc": "Employment status."},
    {
        "name": "Gender",
        "values": ["M", "F", "U"],
        "doc": "Gender of a user.",
        "comments": {"M": "male", "F": "female", "U": "unknown"},
    },
    {
        "name": "UserSourceType",
        "values": ["excel", "register", "adminCreated", "sync"],
        "doc": "How a user account came to exist.",
    },
    {
        "name": "PrincipalType",
        "values": ["P", "E"],
        "doc": "Kind of real-name authentication principal.",
        "comments": {"P": "individual", "E": "enterprise"},
    },
    {
        "name": "ResourceType",
        "values": ["DATA", "API", "MENU", "BUTTON", "UI"],
        "doc": "Kind of an authorized resource.",
    },
    {"name": "PolicyEffect", "values": ["ALLOW", "DENY"], "doc": "Effect of a permission."},
    {
        "name": "AppDefaultLoginStrategy",
        "values": ["ALLOW_ALL", "DENY_ALL"],
        "doc": "Default login access policy of an application.",
    },
    {
        "name": "IdentityProvider",
        "doc": "External identity provider of an identity.",
        "dto_field": "IdentityDto.provider",
    },
    {
        "name": "DepartmentIdType",
        "values": ["department_id", "open_department_id", "sync_relation", "custom_field", "code"],
        "doc": "How department ids are given.",
    },
    {
        "name": "PasswordEncryptType",
        "values": ["sm2", "rsa", "none"],
        "doc": "How the given password is encrypted.",
    },
    {
        "name": "FilterOperator",
        "dto_field": "ListUsersAdvancedFilterItemDto.operator",
        "doc": "Operator of an advanced user-list filter.",
    },
    {
        "name": "FuzzySearchField",
        "dto_field": "ListUsersOptionsDto.fuzzySearchOn",
        "doc": "User field a ``list_users`` keyword search may match.",
        "comments": {" profile": "sic: the wire value has a leading space"},
    },
    {"name": "SortField", "dto_field": "SortingDto.field", "doc": "User field to sort on."},
    {"name": "SortOrder", "values": ["desc", "asc"], "doc": "Sort direction."},
    {
        "name": "PolicyConditionParam",
        "dto_field": "PolicyCondition.param",
        "doc": "Request attribute tested by a permission condition.",
    },
    {
        "name": "PolicyConditionOperator",
        "dto_field": "PolicyCondition.operator",
        "doc": "Comparison of a permission condition.",
    },
    {
        "name": "DepartmentSortField",
        "values": ["DepartmentCreatedAt", "JoinDepartmentAt", "DepartmentName", "DepartmemtCode"],
        "doc": "Sort key of ``get_user_departments``.",
        "members": {"DepartmemtCode": "DEPARTMENT_CODE"},
        "comments": {"DepartmemtCode": "sic: GenAuth misspells this value"},
    },
    {"name": "DepartmentSortOrder", "values": ["Asc", "Desc"], "doc": "Sort direction."},
]

#: DTO fields whose enum is one of the named enums although the contract types it as a string
FIELD_ENUMS: dict[str, str] = {"PrincipalAuthenticationInfoDto.principalType": "PrincipalType"}

#: model docstrings (the DTO's own description); others get a sentence made from their use
MODEL_DOCS: dict[str, str] = {
    "AppDto": "An application a user can access or is authorized for.",
    "ApplicationMfaDto": "MFA policy of one application.",
    "AuthorizedResourceDto": "A resource a user is authorized for, with its actions.",
    "CheckSessionStatusDataDto": "Whether the user has an active session in the app.",
    "CreateIdentityDto": "An external identity attached to a user being created.",
    "CreateUserInfoDto": "One user of ``create_users_batch``.",
    "CreateUserOptionsDto": "Options of ``create_user`` and ``create_users_batch``.",
    "CreateUserOtpDto": "OTP secret to bind to a new user.",
    "DeleteUsersBatchOptionsDto": "Options of ``delete_users_batch``.",
    "DepartmentI18nDto": "Translations of a department's name.",
    "GetMfaInfoDataDto": "A user's MFA trigger data: MFA token, contacts and per-app policies.",
    "GetUserPasswordCiphertextDataDto": "A user's password ciphertext.",
    "HasAnyRoleDto": "Whether the user has any of the given roles.",
    "HasAnyRoleOptionsDto": "Options of ``has_any_role``.",
    "HasRoleRolesDto": "A role to check, by code and optional namespace.",
    "IdentityDto": "An external identity of a user.",
    "ImportOtpItemDataDto": "OTP secret and recovery code to import.",
    "ImportOtpItemDto": "One user's OTP to import.",
    "IsSuccessDto": "Outcome of an operation.",
    "IsUserExistsDto": "Whether a matching user exists.",
    "KickUsersOptionsDto": "Options of ``kick_users``.",
    "LangObject": "One text in each supported language.",
    "LangUnit": "A text in one language, and whether it is used.",
    "LinkIdentityDataDto": "Outcome of ``link_identity``.",
    "ListArchivedUsersRespDto": "An archived user.",
    "ListUsersAdvancedFilterItemDto": "One advanced filter of ``list_users``.",
    "ListUsersOptionsDto": "Options of ``list_users``.",
    "OtpSecretRespDto": "A user's OTP secret.",
    "PaginationDto": "Page number and size.",
    "PolicyCondition": "A condition of a permission.",
    "PrincipalAuthenticationInfoDto": "A user's real-name authentication record.",
    "ResGroupDto": "A group a user belongs to.",
    "ResetUserPrincipalAuthenticationInfoOptionsDto": (
        "Options of ``reset_user_principal_authentication_info``."
    ),
    "ResignUserDataDto": "Outcome of ``resign_user`` and ``resign_user_batch``.",
    "RoleDto": "A role.",
    "SendCreateAccountNotificationDto": "Notifications to send for a new account.",
    "SendResetPasswordNotificationDto": "Notifications to send for a password reset.",
    "SetUserDepartmentDto": "One department of ``set_user_departments``.",
    "SetUserDepartmentsOptionsDto": "Options of ``set_user_departments``.",
    "SortingDto": "One sort key of ``list_users``.",
    "UnlinkIdentityDataDto": "Outcome of ``unlink_identity``.",
    "UpdateUserBatchOptionsDto": "Options of ``update_user_batch``.",
    "UpdateUserInfoDto": "One user of ``update_user_batch``.",
    "UpdateUserOptionsDto": "Options of ``update_user``.",
    "UserDepartmentRespDto": "A department of a user.",
    "UserDto": "A user.",
    "UserFieldDecryptReqItemDto": "One encrypted field value to decrypt.",
    "UserFieldDecryptRespItemDto": "One decrypted field value.",
    "UserLoggedInAppsDto": "An application a user has logged in to.",
    "UserLoggedInIdentitiesDto": "An identity source a user has logged in with.",
    "UserLoginHistoryDto": "One login of a user.",
    "UserMfaRespDto": "A user's MFA binding status per factor.",
    "UserSyncRelationDto": "A user's link to an account in a synchronized directory.",
}

# -- operations ------------------------------------------------------------------------------

#: one-line summaries of operations (others get one made from the method name)
SUMMARIES: dict[str, str] = {
    "list_users": "Search users; the page is ``options.pagination`` (see ``iter_users``).",
    "list_users_legacy": "List users (``GET list-users``).",
    "list_archived_users": "Archived (resigned or deleted) users.",
    "get_user": "One user.",
    "get_user_batch": "The users found among ``user_ids`` (ids that match nobody are left out).",
    "create_user": (
        "Create a user; at least one of ``email``, ``phone`` and ``username`` is required."
    ),
    "create_users_batch": "Create several users in one call; they are returned in the same order.",
    "update_user": "Update a user's profile: only the fields given are changed.",
    "update_user_batch": "Update several users (each item names its ``user_id``).",
    "delete_users_batch": "Delete users (``options.user_id_type`` says what the ids are).",
    "is_user_exists": (
        "Whether a user with any of the given username, email, phone or external id exists."
    ),
    "resign_user": "Resign (archive) a user. Irreversible.",
    "resign_user_batch": "Resign (archive) several users. Irreversible.",
    "get_user_identities": "The user's identities in external identity sources.",
    "link_identity": "Bind an external identity to the user (``user_id`` is the GenAuth user id).",
    "unlink_identity": "Unbind every identity the user has in identity source ``ext_idp_id``.",
    "get_user_loggedin_identities": "The identity sources the user has logged in with.",
    "get_user_sync_relations": "The user's counterparts in synchronized third-party directories.",
    "delete_user_sync_relations": (
        "Remove the user's sync relation with ``provider`` (e.g. ``lark``)."
    ),
    "get_user_roles": "The user's roles, optionally in one permission namespace.",
    "has_any_role": "Whether the user has at least one of ``roles``.",
    "get_user_groups": "The groups the user belongs to.",
    "get_user_departments": "The departments the user belongs to.",
    "set_user_departments": "Replace the user's departments with ``departments``.",
    "get_user_authorized_resources": (
        "Every resource authorized to the user, directly or through roles, groups, departments."
    ),
    "get_user_accessible_apps": "The applications the user can access.",
    "get_user_authorized_apps": "The applications the user is authorized for.",
    "get_user_loggedin_apps": "The applications the user has logged in to.",
    "get_user_login_history": "The user's logins, newest first.",
    "kick_users": "Log the user out of the applications ``app_ids``.",
    "check_session_status": "Whether the user has a live session in application ``app_id``.",
    "get_user_mfa_info": "Which MFA factors (TOTP, face, SMS, email) the user has bound.",
    "import_otp": "Import users' OTP secrets.",
    "get_otp_secret_by_user": "The secret of the OTP authenticator the user has bound.",
    "get_user_principal_authentication_info": (
        "The user's real-name (principal) authentication records."
    ),
    "reset_user_principal_authentication_info": (
        "Delete the user's real-name (principal) authentication info."
    ),
    "set_users_mfa_status": "Set the user's MFA status (the MFA trigger data).",
    "get_user_mfa_status": "The user's MFA status (the MFA trigger data).",
    "get_user_password_ciphertext": (
        "The user's password, encrypted with the key configured in the console."
    ),
    "user_field_decrypt": "Decrypt encrypted user fields with the pool's private key.",
    "pub_event": "Publish a custom event (``event_data`` is sent as JSON text).",
}

#: node-only methods whose name says nothing of what they do -> the name we give them
NODE_NAMES: dict[str, str] = {
    "filter": "filter_universal_invitation_applicants",
    "approval": "approve_universal_invitation_applicants",
    "reject": "reject_universal_invitation_applicants",
    "upload": "upload_invitees",
    "remove": "remove_device_exclusive_valid_scope_settings",
    "saveInvitationPolicies": "save_device_exclusive_valid_scope_settings",
    "filterUsers": "list_invitation_invitees",
    "importTemplate": "get_invitee_import_template",
    "importUsers": "import_invitees",
    "exportUsers": "export_invitees",
    "deleteInvitees": "delete_invitees",
    "getRuleSettings": "get_device_exclusive_rule_settings",
    "updateRuleSettings": "update_device_exclusive_rule_settings",
    "getAllValidScopeSettings": "get_device_exclusive_valid_scope_settings",
    "findAppLists": "list_device_exclusive_apps",
    "getAllWhiteListSettings": "get_device_exclusive_white_list_settings",
    "getRelationDetails": "get_row_relation_details",
    "getAllMetadataRow": "get_all_rows_by_scroll_id",
    "getMetadataGroupList": "group_rows",
    "checkMutualExclusion": "check_role_mutual_exclusion",
    "closeGlobalMfaSettings": "disable_global_mfa_settings",
    "getUniversalInvitation": "get_universal_invitation_settings",
    "updateUniversalInvitation": "update_universal_invitation_settings",
    "generateUniversalInvitation": "generate_universal_invitation_link",
    "getPolicyDetailById": "get_invitation_policy",
    "listRegisterExtendsFields": "list_invitation_policy_extends_fields",
    "updateRegisterExtendsFields": "update_invitation_policy_extends_fields",
    "getPolicyUserAttributionDetail": "get_invitation_policy_user_attribution",
    "listPolicyUserAttributionDetail": "list_invitation_policy_user_attributions",
    "addPolicyUserAttribution": "add_invitation_policy_user_attribution",
    "addPolicyUserAttributionsBatch": "add_invitation_policy_user_attributions_batch",
    "removePolicyUserAttribution": "remove_invitation_policy_user_attribution",
    "removePolicyUserAttributionsBatch": "remove_invitation_policy_user_attributions_batch",
    "getInviteEmailTemplate": "get_invitation_email_template",
    "updateInviteEmailTemplate": "update_invitation_email_template",
    "listInvitationRoster": "list_invitation_rosters",
    "batchBindPolicy": "bind_invitation_rosters_policy",
    "batchUnbindPolicy": "unbind_invitation_rosters_policy",
    "quickFilterInviteeList": "quick_filter_invitees",
    "getUserEncryptPasswordBatch": "get_user_encrypt_password_batch",
    "getWechatMpAccessTokenInfo": "get_wechat_mp_access_token_info",
}

#: discrepancies D16: a correctly spelled (or truthful) alias next to the official name
ALIASES: dict[str, list[str]] = {
    "export_meatdata": ["export_metadata"],
    "remote_field": ["remove_field"],
    "userpoll_tenant_config": ["userpool_tenant_config"],
    "change_userpool_tenan_ext_idp_conn_state": ["change_userpool_tenant_ext_idp_conn_state"],
    "list_invite_tennat_user_records": ["list_invite_tenant_user_records"],
    "list_cust_fields": ["list_custom_fields"],
    "setuser_of_public_account": ["set_user_of_public_accounts"],
    "get_public_account_of_groups": ["set_public_account_of_groups"],
    "add": ["add_ip_list"],
    "add_user": ["add_user_list"],
    "delete_by_id": ["delete_ip_list_by_id"],
}

#: POSTs whose replay is safe although the verb does not say so, and the reverse
IDEMPOTENT: dict[str, bool] = {
    # a search: read-only
    "list_users": True,
    # a replay would create a second user, or fail on the unique fields the first one took
    "create_user": False,
    "create_users_batch": False,
    # irreversible, and a replay fails on the user the first attempt already archived
    "resign_user": False,
    "resign_user_batch": False,
    # an import is not documented as an upsert: don't risk a second import
    "import_otp": False,
    # a replay of a link that was applied fails as "identity already bound"
    "link_identity": False,
    # read: POST only to keep the password out of URLs and logs
    "get_user_password_ciphertext": True,
    "user_field_decrypt": True,
    "check_session_status": True,
}

#: verbs (first word of the Python name) of POSTs that are safe to replay: reads, and writes
#: that set state to a given value; anything else (create, add, import, send, ...) is not
READ_VERBS = frozenset(
    [
        "get",
        "list",
        "check",
        "is",
        "has",
        "find",
        "search",
        "filter",
        "preview",
        "export",
        "quick",
        "verify",
        "query",
    ]
)
SET_VERBS = frozenset(
    [
        "update",
        "set",
        "delete",
        "remove",
        "revoke",
        "unassign",
        "assign",
        "authorize",
        "enable",
        "disable",
        "change",
        "reset",
        "kick",
        "bind",
        "unbind",
        "unlink",
        "suspend",
        "save",
        "config",
        "enabled",
        "associate",
    ]
)

#: cross-argument checks: at least one of these arguments must be given
REQUIRE_ANY_OF: dict[str, list[str]] = {
    "create_user": ["email", "phone", "username"],
    "is_user_exists": ["username", "email", "phone", "external_id"],
}

#: numbers that are UNIX timestamps (or offsets in them) are never negative
NON_NEGATIVE = r"^(start|end|startAt|endAt|\w+AtStart|\w+AtEnd|startTime|endTime)$"

#: the (method, path) pairs the SDKs send but that cannot be confirmed (discrepancies D4, D18)
UNVERIFIED: dict[str, str] = {
    "get_row_batch": (
        "the SDKs send this without the /api/v3 prefix every other metadata call has; "
        "kept as they send it"
    ),
    "get_user_departments": "in the GenAuth docs, but in neither GenAuth SDK",
    "set_user_departments": "in the GenAuth docs, but in neither GenAuth SDK",
}

#: lists paged by a cursor, not by page numbers: walked by a hand-written ``iter_*``
#: (genauth_async/api/_patch.py)
CUSTOM_ITERATORS: dict[str, str] = {
    "list_dnef": "iter_dnef",
    "get_all_rows_by_scroll_id": "iter_all_rows_by_scroll_id",
}

MODULE_DOCS: dict[str, str] = {
    "users": "User Management: users, their identities, roles, groups, departments, MFA, sessions.",
    "organizations": "Organizations and departments.",
    "roles": "Roles: definitions, members, and what they are assigned to.",
    "groups": "User groups and their members.",
    "custom-fields": "Custom field definitions and custom data of users, roles and groups.",
    "resources-permissions": "Resources, permission namespaces, authorizations and checks.",
    "applications": "Applications: settings, access control and authorizations.",
    "identity-sources": "External identity sources (social and enterprise connections).",
    "security": "Security settings: MFA, IP and user lists, risk policies, whitelists.",
    "messages": "Email and SMS templates and providers.",
    "pipeline": "Pipeline functions (custom code run in authentication flows).",
    "webhooks": "Webhooks and their deliveries.",
    "audit-logs": "User actions and admin audit logs.",
    "billing": "Billing: packages, usage and orders.",
    "events": "Custom events: definitions and publishing.",
    "tenants": "Tenants, tenant users and tenant administrators.",
    "public-accounts": "Public accounts and the users, groups and departments using them.",
    "metadata": "Metadata models, fields and rows (the data objects of a user pool).",
    "devices": "Devices and device-exclusive login rules.",
    "other": "Access keys, LDAP, invitations and other user-pool settings.",
}
