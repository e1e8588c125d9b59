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
    "pub_event": "Publish a custom event (``event_data``: any JSON value, sent as it is).",
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

# -- GenAuth's server OpenAPI document (tools/server_openapi.py) -------------------------------

#: its tags (Chinese doc categories) -> our modules
SERVER_TAG_MODULES: dict[str, str] = {
    "管理组织机构/API 列表": "organizations",
    "管理租户组织机构/API 列表": "tenants",
    "管理岗位/API 列表": "posts",
    "管理同步中心/API 列表": "sync",
    "管理终端设备/API 列表": "devices",
    "管理公共账号/API 列表": "public-accounts",
    "管理角色/API 列表": "roles",
    "管理多租户/API 列表": "tenants",
    "管理计量计费/API 列表": "billing",
    "Authing Verify/API 列表": "other",
}
#: operations the document leaves without a tag
SERVER_PATH_MODULES: dict[str, str] = {"/api/v3/authing-verify/create-device": "devices"}

#: the docs' name is already an SDK method's (of another route): the name given instead, and why
SERVER_NAME_COLLISIONS: dict[str, dict[str, str]] = {
    verb + "_device": {
        "name": f"{verb}_device_by_id",
        "why": (
            f"the official SDK's {verb}_device is POST /api/v3/{verb}-device-by-user (a user's "
            f"device); this route takes the device id alone, hence the _by_id suffix"
        ),
    }
    for verb in ("delete", "suspend", "disable", "enable")
}

ALIASES.update(
    {
        # sic: the operationId spells "OfnPost"
        "set_public_account_ofn_post": ["set_public_account_of_post"],
        "post_list": ["list_posts"],
        "update_node_status": ["update_department_status"],
    }
)

#: where the reconciliation's general rules (tools/server_openapi.py) do not decide:
#: "<schema or empty>.<field>:<kind>" -> (choice, reason)
#: (or (choice, reason, the spec's shape) where the spec has a third reading)
RECONCILE: dict[str, tuple[str, ...]] = {
    "PubEventDto.eventData:type": (
        "server",
        "the caller's JSON value, sent as it is (a dict as an object): the server's DTO and the "
        "official Python SDK; a str is sent as a JSON string",
        "any",
    ),
    "UpdateSecuritySettingsDto.authingTokenExpiresIn:only-server": (
        "sdk",
        "renamed genauthTokenExpiresIn by GenAuth (the SDKs send that); the document predates it",
    ),
    "SecuritySettingsDto.authingTokenExpiresIn:only-server": (
        "sdk",
        "renamed genauthTokenExpiresIn by GenAuth (the SDKs decode that); the document predates it",
    ),
    "TenantDto.logo:type": (
        "sdk",
        "create_tenant/update_tenant send a URL string; decoded leniently (a list is kept as sent)",
    ),
    "TenantRespDto.logo:type": (
        "sdk",
        "create_tenant/update_tenant send a URL string; decoded leniently (a list is kept as sent)",
    ),
    "TenantDto.enterpriseDomains:type": (
        "sdk",
        "a list in every request DTO of both documents; decoded leniently (a str is kept)",
    ),
    "TenantRespDto.enterpriseDomains:type": (
        "sdk",
        "a list in every request DTO of both documents; decoded leniently (a str is kept)",
    ),
    "PrincipalAuthenticationInfoDto.principalType:type": (
        "sdk",
        "the documented values (P, E) as an enum; decoded leniently (another value is kept)",
    ),
    "CreateApplicationDto.templateData:type": (
        "sdk",
        "the official SDK sends the caller's value; the server's string is JSON text of it",
    ),
}

MODULE_DOCS.update(
    {
        "posts": "Posts (positions): definitions, and the users holding them.",
        "sync": "The synchronization center: sync tasks, their jobs, logs and risky operations.",
    }
)

#: one-line summaries of the operations only the server document has (its summaries are Chinese)
SERVER_SUMMARIES: dict[str, str] = {
    "post_list": "List posts, optionally filtered by keyword, a page at a time.",
    "get_post": "One post, by its code.",
    "get_user_posts": "Every post a user holds.",
    "get_user_post": "One post a user holds (deprecated by GenAuth: use get_user_posts).",
    "get_post_by_id": "Posts by their ids.",
    "create_post": "Create a post (position), optionally under departments.",
    "update_post": "Change a post's name, description or departments.",
    "remove_post": "Delete a post.",
    "set_user_posts": "Replace the posts a user holds with the given ones.",
    "user_connection_post": "Add a post to the posts a user holds.",
    "create_verify_device": "Register a device for GenAuth Verify.",
    "delete_device_by_id": "Remove a device from the user pool, by device id.",
    "suspend_device_by_id": "Suspend a device until a given time, by device id.",
    "disable_device_by_id": "Disable a device, by device id.",
    "enable_device_by_id": "Enable a disabled device, by device id.",
    "create_organization": "Create an organization: a tree with only its root department.",
    "update_organization": "Change an organization's name, code or description.",
    "delete_organization": "Delete an organization and its whole department tree.",
    "search_organizations": "Organizations whose name matches a keyword, a page at a time.",
    "update_organization_status": "Enable or disable an organization.",
    "get_department": "One department, by id or code, optionally with its custom data.",
    "create_department": "Create a department under a parent department of an organization.",
    "update_department": "Change a department: name, code, leaders, parent, custom data.",
    "delete_department": "Delete a department.",
    "search_departments": "Departments of an organization whose name matches a keyword.",
    "search_departments_list": "Departments matching a keyword and filters, a page at a time.",
    "list_children_departments": "The child departments of a department.",
    "get_all_departments": "Every department of an organization, or of one subtree.",
    "list_department_members": "The members of a department, a page at a time.",
    "list_department_member_ids": "The user ids of a department's direct members.",
    "search_department_members": "Members of a department matching a keyword, a page at a time.",
    "add_department_members": "Add users to a department.",
    "remove_department_members": "Remove users from a department.",
    "get_parent_department": "The parent of a department.",
    "is_user_in_department": "Whether a user is in a department (optionally its subtree).",
    "get_department_by_id": "One department, by its department id alone.",
    "create_department_tree": "Create the departments of a tree at once (missing ones only).",
    "get_department_sync_relations": (
        "A department's counterparts in synchronized third-party directories."
    ),
    "delete_department_sync_relations": (
        "Remove a department's link with a synchronized third-party directory."
    ),
    "update_node_status": "Enable or disable a department.",
    "get_public_accounts_of_department": "The public accounts in a department.",
    "get_public_account_departments": "The departments of a public account, a page at a time.",
    "set_public_account_of_departments": "Set the departments a public account belongs to.",
    "resign_public_account_batch": (
        "Resign public accounts: their authorizations and memberships go. Irreversible."
    ),
    "get_post_of_public_user": "The posts of a public account.",
    "get_public_accounts_of_post": "The public accounts holding a post.",
    "set_public_account_ofn_post": "Set the posts a public account holds.",
    "unbind_public_account_of_post": "Remove a post from a public account.",
    "get_sync_task": "One sync task: its source, schedule and field mapping.",
    "list_sync_tasks": "The sync tasks of the user pool, a page at a time.",
    "create_sync_task": "Create a sync task from or to a third-party directory.",
    "update_sync_task": "Change a sync task's configuration.",
    "trigger_sync_task": "Run a sync task now.",
    "get_sync_job": "One run (job) of a sync task.",
    "list_sync_jobs": "The runs (jobs) of a sync task, a page at a time.",
    "list_sync_job_logs": "What a sync job did, record by record, a page at a time.",
    "list_sync_risk_operations": "Risky operations a sync task held back for approval.",
    "trigger_sync_risk_operations": "Carry out risky operations a sync task held back.",
    "cancel_sync_risk_operation": "Discard risky operations a sync task held back.",
    "list_role_departments": "The departments a role is assigned to, a page at a time.",
    "update_multiple_tenant_admin": "Change a multi-tenant administrator's details.",
    "delete_multiple_tenant_admin": "Remove a user's multi-tenant administrator rights.",
    "update_tenant_cooperator": "Change a tenant co-administrator's details.",
    "delete_tenant_cooperator": "Remove a tenant co-administrator.",
    "add_tenant_department_members": "Add users to a department of a tenant's organization.",
    "remove_tenant_department_members": (
        "Remove users from a department of a tenant's organization."
    ),
    "cost_contact_click": 'Record that the "contact us" button of the billing page was clicked.',
    "get_verify_config": "The GenAuth Verify configuration of the user pool.",
    "update_verify_config": "Change the GenAuth Verify configuration of the user pool.",
}

#: answers paged by ``page``/``limit`` that the contract does not type as a page
#: ``{totalCount, list}``: operation -> (the page's DTO, its item's DTO or None for untyped
#: items, why). An existing page DTO is reshaped; a new one is added.
PAGE_ANSWERS: dict[str, tuple[str, str | None, str]] = {
    "list_resources": (
        "ResourcePagingDto",
        "ResourceDto",
        "the contract puts the envelope's fields inside the page",
    ),
    "list_common_resource": (
        "CommonResourcePagingDto",
        "CommonResourceDto",
        "the contract puts the envelope's fields inside the page",
    ),
    "query_ldap_log": ("LdapLogDto", None, "a page whose list both documents leave untyped"),
    "query_ldap_sub_entries": (
        "LdapLogDto",
        None,
        "a page whose list both documents leave untyped",
    ),
    "list_namespace_roles": (
        "NamespaceRolesListPagingDto",
        "NamespaceRolesListRespDto",
        "a *PaginatedRespDto: both documents type its data as one item, not the page",
    ),
    "list_invitation_policy_user_attributions": (
        "UserAttributionPaginationDto",
        "UserAttributionDto",
        "the node SDK types its data as a list of pages, not the page",
    ),
    "list_operate": (
        "OperateModelPagingDto",
        "OperateModelDto",
        "a list taking page/limit: both documents type its data as one item, not the page",
    ),
    "list_sync_job_logs": (
        "SyncJobLogPagingDto",
        None,
        "a list taking page/limit: the server document gives it trigger_sync_task's answer",
    ),
}
