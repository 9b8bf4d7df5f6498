/**
 * Generated from the Khiên server's OpenAPI document by `npm run web:api` (scripts/web-api.ts). Do not edit.
 */

export interface paths {
    "/api/access/agreements/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List agreements */
        get: operations["getAccessAgreements"];
        put?: never;
        /** Create a data-sharing agreement */
        post: operations["postAccessAgreements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/agreements/{id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Keys of an agreement (never their secrets) */
        get: operations["getAccessAgreementsByIdKeys"];
        put?: never;
        /** Issue a key (secret shown once) */
        post: operations["postAccessAgreementsByIdKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/agreements/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an agreement */
        post: operations["postAccessAgreementsByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/agreements/keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a key */
        post: operations["postAccessAgreementsKeysByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/agreements/keys/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate a key (old one revoked; new secret shown once) */
        post: operations["postAccessAgreementsKeysByIdRotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assignments of the staff of the units I head (current versions, soonest ending first) */
        get: operations["getAccessAssignments"];
        put?: never;
        /** Create a written assignment (signed by the caller) */
        post: operations["postAccessAssignments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/assignments/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of an assignment */
        get: operations["getAccessAssignmentsByAssignmentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/assignments/{assignmentId}/amend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Amend: a new version, the old one kept */
        post: operations["postAccessAssignmentsByAssignmentIdAmend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/assignments/{assignmentId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke with immediate effect */
        post: operations["postAccessAssignmentsByAssignmentIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/assignments/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My active assignments */
        get: operations["getAccessAssignmentsMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/break-glass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open one record without an assignment (reviewed within 24 h) */
        post: operations["postAccessBreakGlass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/break-glass/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review a break-glass use */
        post: operations["postAccessBreakGlassByIdReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/break-glass/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Break-glass uses awaiting my review (with the grantee's staff number and name) */
        get: operations["getAccessBreakGlassPending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/break-glass/reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Break-glass reasons */
        get: operations["getAccessBreakGlassReasons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export requests: mine, or those filed from the units I head (newest first) */
        get: operations["getAccessExports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/exports/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request a bulk export (approved by a second person above the threshold) */
        post: operations["postAccessExports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/exports/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (not the requester) */
        post: operations["postAccessExportsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/exports/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the file once (every record recorded as read) */
        get: operations["getAccessExportsByIdDownload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/exports/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject */
        post: operations["postAccessExportsByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications */
        get: operations["getAccessNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/purposes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Purpose code list */
        get: operations["getAccessPurposes"];
        put?: never;
        /** Add a configurable purpose */
        post: operations["postAccessPurposes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/sso-clients/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List single sign-on applications (never their secrets) */
        get: operations["getAccessSsoClients"];
        put?: never;
        /** Register a business application for single sign-on (secret shown once) / Đăng ký ứng dụng đăng nhập một lần */
        post: operations["postAccessSsoClients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/sso-clients/{clientId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a single sign-on application */
        post: operations["postAccessSsoClientsByClientIdDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/sso-clients/{clientId}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate an application's client secret (old one stops at once; new one shown once) */
        post: operations["postAccessSsoClientsByClientIdRotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/systems/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List business systems (never their secrets) */
        get: operations["getAccessSystems"];
        put?: never;
        /** Register a business system (credential shown once) */
        post: operations["postAccessSystems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/systems/{id}/gateway-routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The gateway route map of a system */
        get: operations["getAccessSystemsByIdGatewayRoutes"];
        /** Declare the gateway route map of a system (a malformed map is refused whole; the map in force stays) */
        put: operations["putAccessSystemsByIdGatewayRoutes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/systems/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a business system */
        post: operations["postAccessSystemsByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access/systems/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate a system's credential (old one stops at once; new one shown once) */
        post: operations["postAccessSystemsByIdRotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts I manage / Tài khoản thuộc phạm vi */
        get: operations["getAdminAccounts"];
        put?: never;
        /** Create the account of a staff record / Tạo tài khoản */
        post: operations["postAdminAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account with its grants */
        get: operations["getAdminAccountsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's devices and recent sessions (same scope as the account) / Thiết bị và phiên của tài khoản */
        get: operations["adminAccountActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant a role on a unit subtree until a date / Phân quyền */
        post: operations["postAdminAccountsByIdGrants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a password (forces a change) / Đặt lại mật khẩu */
        post: operations["postAdminAccountsByIdPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{id}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reinstate a suspended account / Mở khóa tài khoản */
        post: operations["postAdminAccountsByIdReinstate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend an account / Tạm khóa tài khoản */
        post: operations["postAdminAccountsByIdSuspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/devices/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a device / Duyệt thiết bị */
        post: operations["postAdminDevicesByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/devices/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a device / Từ chối thiết bị */
        post: operations["postAdminDevicesByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/devices/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a device / Thu hồi thiết bị */
        post: operations["postAdminDevicesByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/devices/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Device registrations awaiting my approval */
        get: operations["getAdminDevicesPending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/grants/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a role grant now / Thu hồi quyền */
        post: operations["postAdminGrantsByIdEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/hr/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an HR event (applied at once, atomically) / Ghi nhận biến động nhân sự */
        post: operations["postAdminHrEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/hr/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import HR events and new hires from CSV or XLSX (dry run by default) / Nhập biến động nhân sự, tuyển mới từ tệp
         * @description All rows are validated first; any row error means nothing is applied (422 with the report). Without `dryRun: false` only the report (with the table of changes) is returned. A `hire` row (`tuyen_dung`) creates the staff record, its account (temporary password, returned once) and a one-year role grant (column `role`, default staff) on its unit, in the same transaction as the other rows.
         */
        post: operations["postAdminHrImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/hr/import/progress/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress of an HR file import in flight / Tiến độ nhập tệp nhân sự
         * @description Phase (validate, prepare: hashing the new hires' temporary passwords, apply, done) and rows done of the import started with this `progressId` by the same account on this server. 404 when this server does not follow it.
         */
        get: operations["getAdminHrImportProgressById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/leaked-passwords/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leaked-password imports, newest first (the last 20, kept across restarts), with progress */
        get: operations["adminListLeakedImports"];
        put?: never;
        /** Import a leaked-password list ("SHA1:count" lines) in the background / Nhập danh sách mật khẩu lộ */
        post: operations["adminImportLeakedPasswords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/vpn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** VPN accounts of owners in my scope / Tài khoản VPN thuộc phạm vi */
        get: operations["adminListVpnAccounts"];
        put?: never;
        /** Create a VPN account (OTP required) / Cấp tài khoản VPN */
        post: operations["postAdminVpn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/vpn/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a VPN account / Khóa tài khoản VPN */
        post: operations["postAdminVpnByIdDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/vpn/connect-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** VPN gateway check of a VPN sign-in with the owner's TOTP (system admin session of the gateway bridge) */
        post: operations["postAdminVpnConnectCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/vpn/due-for-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** VPN accounts due for review: expiring, unused 30 days, owner transferred or gone / Tài khoản VPN cần rà soát */
        get: operations["getAdminVpnDueForReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alert-verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo xác minh của các đơn vị / Units’ verification reports */
        get: operations["getAlertVerifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách cảnh báo / List alerts */
        get: operations["getAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cảnh báo và bằng chứng / Alert with evidence */
        get: operations["getAlertsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}/context": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bối cảnh tài khoản của cảnh báo / Account context of an alert */
        get: operations["getAlertsByIdContext"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}/triage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xử lý cảnh báo / Triage an alert */
        post: operations["postAlertsByIdTriage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Báo cáo xác minh cảnh báo / Report the verification of an alert */
        post: operations["postAlertsByIdVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts by staff number or name (or ids), within the caller's audit scope / Tìm tài khoản */
        get: operations["auditFindAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign and store a checkpoint of the current tree head (central security admin) */
        post: operations["postAuditCheckpoints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/checkpoints/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest signed checkpoint (JSON; the `note` field is the text form) */
        get: operations["getAuditCheckpointsLatest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/checkpoints/latest.txt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest signed checkpoint as a signed note (text), for outside parties to keep */
        get: operations["getAuditCheckpointsLatestTxt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit entries, newest first, filtered and paginated by sequence number */
        get: operations["getAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/entries.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** CSV export of audit entries (same filters) */
        get: operations["getAuditEntriesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/entries/{seq}/proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inclusion proof of an entry against the latest signed checkpoint */
        get: operations["getAuditEntriesBySeqProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/partitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partitions of the log: seq range, rows, size, time span, archive state, DEFAULT rows (central security admin) / Các phân vùng nhật ký */
        get: operations["auditListPartitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/persons/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The internal id of a person by personal id, SI number or card code (for the audit search) / Tra người theo mã định danh */
        get: operations["auditLookupPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The checkpoint verifier key */
        get: operations["getAuditPublicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Full verifications, newest first, with their reports / Các lần kiểm tra nhật ký */
        get: operations["auditListVerifications"];
        put?: never;
        /** Start a full verification of the log in the background (central security admin) / Kiểm tra toàn bộ nhật ký */
        post: operations["auditStartVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One verification: status, progress and report / Tiến độ kiểm tra */
        get: operations["auditGetVerification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/demo/device/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * DEMO ONLY: install a demo account's pre-approved device cookie
         * @description A browser (Accept: text/html) is sent on to the console's sign-in page; other clients get JSON.
         */
        get: operations["getAuthDemoDeviceByToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My devices / Thiết bị của tôi */
        get: operations["getAuthDevices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/devices/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke one of my devices / Thu hồi thiết bị */
        post: operations["postAuthDevicesByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/devices/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to register this computer / Đề nghị đăng ký thiết bị
         * @description Proves identity with the password (and TOTP once enrolled); sets the signed `khien_device` cookie in pending state until a unit head or security officer approves it.
         */
        post: operations["postAuthDevicesRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in staff member / Cán bộ đang đăng nhập */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password / Đổi mật khẩu */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My sessions / Phiên của tôi */
        get: operations["getAuthSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of my sessions / Thu hồi phiên */
        delete: operations["deleteAuthSessionsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in / Đăng nhập
         * @description Password, then TOTP (or a recovery code) when enrolled. Sets `khien_session` (HttpOnly, SameSite=Strict) and returns the CSRF token to send as `x-csrf-token`.
         */
        post: operations["postAuthSignin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signing-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My signing keys / Khóa ký số của tôi */
        get: operations["authListSigningKeys"];
        put?: never;
        /** Register my Ed25519 public key / Đăng ký khóa công khai Ed25519 */
        post: operations["authRegisterSigningKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signing-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke my signing key / Thu hồi khóa ký số */
        delete: operations["authRevokeSigningKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out / Đăng xuất */
        post: operations["postAuthSignout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm TOTP with a first code / Xác nhận OTP */
        post: operations["postAuthTotpConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start TOTP enrolment / Bắt đầu đăng ký OTP */
        post: operations["postAuthTotpEnrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases in my scope */
        get: operations["getCases"];
        put?: never;
        /** Open a case by hand */
        post: operations["postCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case with tasks, observables, timeline and breach clock */
        get: operations["getCasesById"];
        put?: never;
        post?: never;
        /** Delete a case (refused during breach-record retention) */
        delete: operations["deleteCasesById"];
        options?: never;
        head?: never;
        /** Change status, severity, title or assignee */
        patch: operations["patchCasesById"];
        trace?: never;
    };
    "/api/cases/{id}/breach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark as a personal-data breach (starts the 72-hour clock) */
        post: operations["postCasesByIdBreach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/breach/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Form 08 content entered so far */
        get: operations["getCasesByIdBreachDetails"];
        /** Enter Form 08 content (merged) */
        put: operations["putCasesByIdBreachDetails"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/breach/form-08.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Form 08 (Decree 356/2025) as JSON */
        get: operations["getCasesByIdBreachForm08Json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/breach/form-08.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Form 08 (Decree 356/2025) as PDF (`inline=true`: shown in the page, for the console's preview) */
        get: operations["getCasesByIdBreachForm08Pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/breach/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create notices to affected persons */
        post: operations["postCasesByIdBreachNotices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/breach/notices/{noticeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record the outcome of a notice */
        patch: operations["patchCasesByIdBreachNoticesByNoticeId"];
        trace?: never;
    };
    "/api/cases/{id}/breach/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the submission to A05 (stops the clock) */
        post: operations["postCasesByIdBreachSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/containment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Contain: suspend account, revoke device, end assignment, block address */
        post: operations["postCasesByIdContainment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a note to the timeline */
        post: operations["postCasesByIdNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/observables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an observable */
        post: operations["postCasesByIdObservables"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a task */
        post: operations["postCasesByIdTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a task */
        patch: operations["patchCasesByIdTasksByTaskId"];
        trace?: never;
    };
    "/api/cases/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many cases in my scope match the filter / Số vụ việc */
        get: operations["getCasesCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/schemas/form-08.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** JSON Schema of the Form 08 document */
        get: operations["getCasesSchemasForm08Json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/auth/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OpenID Connect redirect URI */
        get: operations["getCitizenAuthCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start citizen sign-in (redirect to the identity provider) */
        get: operations["getCitizenAuthLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out of the citizen view */
        post: operations["postCitizenAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/documents/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a printed document’s verification code / Kiểm tra mã văn bản */
        get: operations["getCitizenDocumentsVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/me/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Own summary (lightly masked) */
        get: operations["getCitizenMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/me/accesses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every access to my data, newest first, with inclusion proofs */
        get: operations["getCitizenMeAccesses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/me/accesses/{seq}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tôi không nhận ra truy cập này / I don’t recognise this access */
        post: operations["postCitizenMeAccessesBySeqDispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/me/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Own health-insurance cards */
        get: operations["getCitizenMeCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/me/participation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Own participation history, with months per insurance type and gaps */
        get: operations["getCitizenMeParticipation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/me/participation/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Own participation history as a signed PDF with a verification code and QR code / Quá trình tham gia (PDF) */
        get: operations["getCitizenMeParticipationPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/withholdings/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List withholding decisions */
        get: operations["getCitizenWithholdings"];
        put?: never;
        /** Withhold accesses from the citizen view until a date (by subject and/or purpose) */
        post: operations["postCitizenWithholdings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/withholdings/{id}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a withholding decision before its date */
        post: operations["postCitizenWithholdingsByIdLift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/decisions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Quyết định truy cập một đối tượng / Decide one access for a business system */
        post: operations["postDecisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/decisions/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Quyết định truy cập theo lô (tối đa 500) / Decide a batch of up to 500 subjects */
        post: operations["postDecisionsBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/detect/ingest-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mã nạp nhật ký theo hệ thống nguồn / Ingestion tokens per source system */
        get: operations["detectListIngestTokens"];
        put?: never;
        /** Cấp mã nạp nhật ký cho một hệ thống (hiển thị một lần) / Create an ingestion token (shown once) */
        post: operations["detectCreateIngestToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/detect/ingest-tokens/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thu hồi mã nạp nhật ký / Revoke an ingestion token */
        post: operations["detectRevokeIngestToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/detect/rule-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quy tắc phát hiện và tham số / Detection rules with their settings */
        get: operations["detectListRuleSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/detect/rule-settings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Bật/tắt quy tắc, đổi ngưỡng (quản trị ATTT trung tâm) / Switch a rule, change its thresholds */
        put: operations["detectChangeRuleSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/detect/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục quy tắc phát hiện / Detection rules */
        get: operations["getDetectRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/detect/source-mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ánh xạ nhật ký truy cập theo hệ thống / Access-log mappings per source system */
        get: operations["detectListSourceMappings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/detect/source-mappings/{system}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Khai báo ánh xạ nhật ký truy cập của một hệ thống / Declare the access-log mapping of a system */
        put: operations["detectSetSourceMapping"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external/persons/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Look a person up by a full identifier (data-sharing agreement) */
        post: operations["postExternalPersonsLookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gateway/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kiểm tra một yêu cầu qua cổng nginx (auth_request) / Check one request behind the nginx gateway (auth_request) */
        get: operations["getGatewayCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/accountability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit’s accountability figures / Trách nhiệm người đứng đầu */
        get: operations["governAccountability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/coverage/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Systems with an approved dossier per unit vs 100 % / Tỷ lệ hệ thống được phê duyệt cấp độ */
        get: operations["governDossierCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/coverage/training": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Staff current on mandatory courses per unit vs 100 %, and who is overdue / Tỷ lệ cán bộ được đào tạo
         * @description limit/offset page the overdue list (unit, then staff number); overdueTotal counts it whole.
         */
        get: operations["governTrainingCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Security-level criteria (Decree 331/2026, Decree 85/2016) / Tiêu chí xác định cấp độ */
        get: operations["governListCriteria"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/dossiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A dossier with its documents / Hồ sơ cấp độ */
        get: operations["governGetDossier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/dossiers/{id}/appraise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the appraisal of a dossier / Thẩm định hồ sơ */
        post: operations["governAppraiseDossier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/dossiers/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a dossier at the competent level / Phê duyệt hồ sơ cấp độ */
        post: operations["governApproveDossier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/dossiers/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a document to a dossier / Bổ sung tài liệu hồ sơ */
        post: operations["governAddDossierDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/dossiers/{id}/reassess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the yearly re-assessment / Đánh giá lại hằng năm */
        post: operations["governReassessDossier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/drills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Drills in my scope / Diễn tập */
        get: operations["governListDrills"];
        put?: never;
        /** Record a drill, optionally run as an exercise case / Ghi nhận diễn tập */
        post: operations["governCreateDrill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/drills/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record a drill’s timeline, findings and lessons / Cập nhật kết quả diễn tập */
        patch: operations["governUpdateDrill"];
        trace?: never;
    };
    "/api/govern/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Findings in my scope / Kết luận kiểm tra */
        get: operations["governListFindings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/findings/{id}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Follow up a finding until closed / Theo dõi khắc phục */
        post: operations["governFollowUpFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year’s inspection plan / Kế hoạch kiểm tra */
        get: operations["governListInspections"];
        put?: never;
        /** Plan an inspection visit (central team) / Lập kế hoạch kiểm tra */
        post: operations["governPlanInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/inspections/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a finding with owner and deadline / Kết luận kiểm tra */
        post: operations["governAddFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/inspections/{id}/visit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the visit / Ghi nhận kết quả kiểm tra */
        post: operations["governRecordInspectionVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/plan/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The action-plan register with progress / Danh mục nhiệm vụ Chương trình hành động */
        get: operations["governListPlanTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/plan/tasks/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record a unit’s status and evidence of a task / Cập nhật tiến độ nhiệm vụ */
        put: operations["governSetTaskProgress"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/recertifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recertification campaigns / Các đợt rà soát */
        get: operations["governListRecertifications"];
        put?: never;
        /** Open a campaign to the unit heads with a deadline / Mở đợt rà soát */
        post: operations["governOpenRecertification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/recertifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign and my units’ items / Danh sách cần rà soát */
        get: operations["governGetRecertification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/recertifications/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close after the deadline; undecided items are flagged late / Kết thúc đợt rà soát */
        post: operations["governCloseRecertification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/recertifications/items/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Keep or revoke with a reason (revoking is done by the owning module) / Giữ hoặc thu hồi */
        post: operations["governDecideRecertificationItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports of my scope / Báo cáo của các đơn vị */
        get: operations["governListReports"];
        put?: never;
        /** Assemble a unit’s six-monthly or yearly report / Tổng hợp báo cáo */
        post: operations["governAssembleReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A report / Báo cáo */
        get: operations["governGetReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/reports/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report as PDF / Báo cáo dạng PDF */
        get: operations["governReportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/reports/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign a report as head of the reporting unit (Ed25519) / Thủ trưởng đơn vị ký số báo cáo */
        post: operations["governSignReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/reports/{id}/signing-payload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the head signs (canonical JSON) / Nội dung cần ký */
        get: operations["governReportSigningPayload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/reports/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify a report’s signature / Kiểm tra chữ ký */
        get: operations["governVerifyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/reports/rollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** National roll-up of a report round / Tổng hợp toàn quốc */
        get: operations["governReportRollup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Information systems in my scope / Hệ thống thông tin */
        get: operations["governListSystems"];
        put?: never;
        /** Register an information system / Đăng ký hệ thống thông tin */
        post: operations["governCreateSystem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/systems/{id}/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the posture assets a system runs on / Tài sản của hệ thống */
        put: operations["governSetSystemAssets"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/systems/{id}/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft a security-level dossier / Lập hồ sơ đề xuất cấp độ */
        post: operations["governDraftDossier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/team/dedicated-officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dedicated security officer per provincial office (red when missing) / Viên chức chuyên trách ATTT */
        get: operations["governDedicatedOfficerCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/team/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Meetings of a year and the quarterly check / Họp đội theo quý
         * @description limit/offset page the meetings (date order); total and the quarters count the whole year.
         */
        get: operations["governListTeamMeetings"];
        put?: never;
        /** Record a team meeting / Ghi nhận cuộc họp đội */
        post: operations["governAddTeamMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/team/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incident-response team members in my scope / Thành viên đội ứng cứu */
        get: operations["governListTeamMembers"];
        put?: never;
        /** Add a team member / Bổ sung thành viên đội ứng cứu */
        post: operations["governAddTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/team/members/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a membership / Kết thúc tham gia đội */
        post: operations["governEndTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/training/attendance/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import attendance from CSV or XLSX (all or nothing; dryRun checks without writing) / Nhập danh sách tham dự */
        post: operations["governImportAttendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/training/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Courses and briefings / Khóa đào tạo, phổ biến */
        get: operations["governListCourses"];
        put?: never;
        /** Add a course (central team) / Thêm khóa đào tạo */
        post: operations["governCreateCourse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units in my scope (for choosing a unit) / Đơn vị trong phạm vi */
        get: operations["governListUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/govern/violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Violation register / Sổ theo dõi vi phạm */
        get: operations["governListViolations"];
        put?: never;
        /** Record a violation and the measures taken / Ghi nhận vi phạm */
        post: operations["governRecordViolation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ingest/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nạp nhật ký từ hệ thống khác / Ingest logs of other systems */
        post: operations["postIngestEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ingest/rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dòng nhật ký bị từ chối / Rejected log lines */
        get: operations["getIngestRejected"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitoring/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số liệu giám sát / Monitoring summary */
        get: operations["getMonitoringSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tài sản trong phạm vi / Assets in my scope */
        get: operations["postureListAssets"];
        put?: never;
        /** Thêm tài sản / Add an asset */
        post: operations["postureCreateAsset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/assets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một tài sản / One asset */
        get: operations["postureGetAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa tài sản / Change an asset */
        patch: operations["postureUpdateAsset"];
        trace?: never;
    };
    "/api/posture/assets/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập tài sản từ CSV/XLSX (chạy thử trước) / Import assets from CSV/XLSX (dry run first) */
        post: operations["postureImportAssets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/feed-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tạo mã nạp kiểm kê / Create an inventory-feed token */
        post: operations["postureCreateFeedToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lỗ hổng, mã độc trong phạm vi / Findings in my scope */
        get: operations["postureListFindings"];
        put?: never;
        /** Ghi nhận lỗ hổng/mã độc (khớp tài sản theo sản phẩm, phiên bản) / Record a finding (matched to assets by product and version) */
        post: operations["postureCreateFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/findings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một lỗ hổng/mã độc với bằng chứng / One finding with its evidence */
        get: operations["postureGetFinding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/findings/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm bằng chứng / Add evidence */
        post: operations["postureAddFindingEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/findings/{id}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển trạng thái (đang xử lý, đã khắc phục, chấp nhận rủi ro, cảnh báo sai) / Change state */
        post: operations["postureTransitionFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/findings/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập cảnh báo lỗ hổng từ CSV/XLSX (chạy thử trước) / Import findings from CSV/XLSX (dry run first) */
        post: operations["postureImportFindings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/findings/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lỗ hổng quá hạn khắc phục (bảng điều khiển) / Findings past their deadline (dashboard) */
        get: operations["postureListOverdueFindings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/findings/scanner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập báo cáo quét OpenVAS/Greenbone (XML) / Import an OpenVAS/Greenbone report (XML) */
        post: operations["postureImportScannerReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/ingest/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nạp dữ liệu kiểm kê tài sản / Inventory feed */
        post: operations["postureIngestAssets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/policies/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thời hạn khắc phục theo mức độ / Remediation deadlines by severity */
        get: operations["postureGetPolicy"];
        /** Đặt thời hạn khắc phục của đơn vị / Set the unit's remediation deadlines */
        put: operations["postureSetPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo tháng trong phạm vi / Monthly reports in my scope */
        get: operations["postureListReports"];
        put?: never;
        /** Lập (lại) báo cáo kỹ thuật tháng / Assemble the monthly report */
        post: operations["postureGenerateReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một báo cáo với nội dung chuẩn hoá để ký / One report with the canonical text to sign */
        get: operations["postureGetReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/reports/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải báo cáo PDF / Download the report as PDF */
        get: operations["postureReportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/reports/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lãnh đạo đơn vị ký báo cáo (Ed25519) / The unit head signs (Ed25519) */
        post: operations["postureSignReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/reports/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kiểm tra chữ ký và sửa đổi sau khi ký / Check the signature and edits after signing */
        get: operations["postureVerifyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/reports/rollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tổng hợp toàn quốc: đơn vị chưa báo cáo / National roll-up: who has not reported */
        get: operations["postureReportRollup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/signing-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đăng ký khoá ký Ed25519 (như POST /api/auth/signing-keys) / Register an Ed25519 key (same as POST /api/auth/signing-keys)
         * @deprecated
         */
        post: operations["postureRegisterSigningKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/warning-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách cảnh báo liên quan đơn vị / Warning lists for my units */
        get: operations["postureListWarningLists"];
        put?: never;
        /** Ban hành danh sách cảnh báo (đội ATTT trung tâm) / Issue a warning list (central team) */
        post: operations["postureIssueWarningList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/warning-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một danh sách cảnh báo / One warning list */
        get: operations["postureGetWarningList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/warning-lists/{id}/account-matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tài khoản trong danh sách là tài khoản Khiên / Listed accounts that are Khiên accounts */
        get: operations["postureWarningListAccountMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posture/warning-lists/{id}/confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đơn vị xác nhận đã rà soát / A unit confirms its check */
        post: operations["postureConfirmWarningList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/persons/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** View a person (masked) */
        get: operations["getRegistryPersonsByPersonId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/persons/{personId}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health-insurance cards */
        get: operations["getRegistryPersonsByPersonIdCards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/persons/{personId}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct contact or address (with a reason; before/after recorded) */
        patch: operations["patchRegistryPersonsByPersonIdContact"];
        trace?: never;
    };
    "/api/registry/persons/{personId}/household": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Household */
        get: operations["getRegistryPersonsByPersonIdHousehold"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/persons/{personId}/participation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Participation history */
        get: operations["getRegistryPersonsByPersonIdParticipation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/persons/{personId}/unmask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unmask one field of one record (its own decision and record) */
        post: operations["postRegistryPersonsByPersonIdUnmask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search insured persons (masked summary rows) */
        post: operations["postRegistrySearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/respond/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications (central team: escalations and unassigned cases) */
        get: operations["getRespondNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/respond/on-duty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is on duty for a unit now */
        get: operations["getRespondOnDuty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/respond/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Duty windows in my scope */
        get: operations["getRespondRoster"];
        put?: never;
        /** Add a duty window */
        post: operations["postRespondRoster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/respond/roster/{dutyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a duty window */
        delete: operations["deleteRespondRosterByDutyId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/respond/soc/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send incidents and alerts to the national SOC as CEF over syslog (central team) */
        post: operations["postRespondSocSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/respond/stix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** STIX 2.1 bundle of incidents and alerts (central team) */
        get: operations["getRespondStix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/security/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bảng điều khiển an ninh / Security dashboard figures */
        get: operations["getSecurityDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/security/monitoring-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo giám sát của đơn vị / Unit monitoring report */
        get: operations["getSecurityMonitoringReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/security/monitoring-report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Báo cáo giám sát (PDF) / Unit monitoring report (PDF) */
        get: operations["getSecurityMonitoringReportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database state */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * ErrorBody
         * @description Error response / Phản hồi lỗi
         */
        ErrorBody: {
            /** @description Stable code `KHIEN_<MODULE>_<REASON>` */
            code: string;
            /** @description Per-field validation problems or other detail */
            details?: unknown;
            /** @description The message in Vietnamese and English */
            message: {
                en: string;
                vi: string;
            };
            requestId: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAccessAgreements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agreements: {
                            categories: string[];
                            dailyRecordLimit: number;
                            id: string;
                            legalBasis: string;
                            organisation: string;
                            purpose: string;
                            ratePerMinute: number;
                            revokedAt: string | null;
                            validFrom: string;
                            validUntil: string;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessAgreements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    categories: ("identity" | "contact" | "address" | "employment" | "health_insurance" | "benefits" | "sensitive")[];
                    dailyRecordLimit: number;
                    legalBasis: string;
                    organisation: string;
                    /** @description purpose code (mục đích xử lý) */
                    purpose: string;
                    ratePerMinute: number;
                    /** Format: date-time */
                    validFrom: string;
                    /** Format: date-time */
                    validUntil: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        categories: string[];
                        dailyRecordLimit: number;
                        id: string;
                        legalBasis: string;
                        organisation: string;
                        purpose: string;
                        ratePerMinute: number;
                        revokedAt: string | null;
                        validFrom: string;
                        validUntil: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAccessAgreementsByIdKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keys: {
                            createdAt: string;
                            expiresAt: string;
                            id: string;
                            prefix: string;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessAgreementsByIdKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiresAt: string;
                        id: string;
                        key: string;
                        prefix: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessAgreementsByIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessAgreementsKeysByIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessAgreementsKeysByIdRotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiresAt: string;
                        id: string;
                        key: string;
                        prefix: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAccessAssignments: {
        parameters: {
            query: {
                /** @description Account of the staff member (picked by staff number or name) */
                assignee?: string;
                /** @description Active assignments ending within this many days */
                endingWithinDays?: number;
                limit: number;
                offset: number;
                status?: "active" | "expired" | "ended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            actions: string[];
                            assignee: {
                                accountId: string;
                                fullName: string;
                                username: string;
                            };
                            assigneeAccountId: string;
                            assignmentId: string;
                            categories: string[];
                            documentDate: string;
                            documentNo: string;
                            endedAt: string | null;
                            endReason: string | null;
                            id: string;
                            purpose: string;
                            scope: {
                                communes: string[];
                                employers: string[];
                                persons: string[];
                                provinces: string[];
                            };
                            signer: {
                                accountId: string;
                                fullName: string;
                                username: string;
                            };
                            signerAccountId: string;
                            status: string;
                            validFrom: string;
                            validUntil: string;
                            version: number;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    actions: ("search" | "view" | "update" | "export")[];
                    /** Format: uuid */
                    assigneeAccountId: string;
                    categories: ("identity" | "contact" | "address" | "employment" | "health_insurance" | "benefits" | "sensitive")[];
                    /** Format: date */
                    documentDate: string;
                    documentNo: string;
                    /** @description purpose code (mục đích xử lý) */
                    purpose: string;
                    scope: {
                        /** @default [] */
                        communes: string[];
                        /** @default [] */
                        employers: string[];
                        /** @default [] */
                        persons: string[];
                        /** @default [] */
                        provinces: string[];
                    };
                    /** Format: date-time */
                    validFrom: string;
                    /** Format: date-time */
                    validUntil: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: string[];
                        assigneeAccountId: string;
                        assignmentId: string;
                        categories: string[];
                        documentDate: string;
                        documentNo: string;
                        endedAt: string | null;
                        endReason: string | null;
                        id: string;
                        purpose: string;
                        scope: {
                            communes: string[];
                            employers: string[];
                            persons: string[];
                            provinces: string[];
                        };
                        signerAccountId: string;
                        status: string;
                        validFrom: string;
                        validUntil: string;
                        version: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAccessAssignmentsByAssignmentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        versions: {
                            actions: string[];
                            assigneeAccountId: string;
                            assignmentId: string;
                            categories: string[];
                            documentDate: string;
                            documentNo: string;
                            endedAt: string | null;
                            endReason: string | null;
                            id: string;
                            purpose: string;
                            scope: {
                                communes: string[];
                                employers: string[];
                                persons: string[];
                                provinces: string[];
                            };
                            signerAccountId: string;
                            status: string;
                            validFrom: string;
                            validUntil: string;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessAssignmentsByAssignmentIdAmend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    actions: ("search" | "view" | "update" | "export")[];
                    categories: ("identity" | "contact" | "address" | "employment" | "health_insurance" | "benefits" | "sensitive")[];
                    /** Format: date */
                    documentDate: string;
                    documentNo: string;
                    /** @description purpose code (mục đích xử lý) */
                    purpose: string;
                    scope: {
                        /** @default [] */
                        communes: string[];
                        /** @default [] */
                        employers: string[];
                        /** @default [] */
                        persons: string[];
                        /** @default [] */
                        provinces: string[];
                    };
                    /** Format: date-time */
                    validFrom: string;
                    /** Format: date-time */
                    validUntil: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: string[];
                        assigneeAccountId: string;
                        assignmentId: string;
                        categories: string[];
                        documentDate: string;
                        documentNo: string;
                        endedAt: string | null;
                        endReason: string | null;
                        id: string;
                        purpose: string;
                        scope: {
                            communes: string[];
                            employers: string[];
                            persons: string[];
                            provinces: string[];
                        };
                        signerAccountId: string;
                        status: string;
                        validFrom: string;
                        validUntil: string;
                        version: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessAssignmentsByAssignmentIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAccessAssignmentsMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignments: {
                            actions: string[];
                            assigneeAccountId: string;
                            assignmentId: string;
                            categories: string[];
                            documentDate: string;
                            documentNo: string;
                            endedAt: string | null;
                            endReason: string | null;
                            id: string;
                            purpose: string;
                            scope: {
                                communes: string[];
                                employers: string[];
                                persons: string[];
                                provinces: string[];
                            };
                            signerAccountId: string;
                            status: string;
                            validFrom: string;
                            validUntil: string;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessBreakGlass: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cardCode?: string;
                    justification: string;
                    personalId?: string;
                    /** Format: uuid */
                    personId?: string;
                    /** @description purpose code (mục đích xử lý) */
                    purpose: string;
                    reason: "citizen_at_counter" | "medical_emergency" | "urgent_benefit_payment" | "assignment_pending" | "system_incident" | "other";
                    socialInsuranceNo?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        expiresAt: string;
                        grantedAt: string;
                        id: string;
                        justification: string;
                        personId: string;
                        purpose: string;
                        reason: string;
                        reviewDueAt: string;
                        reviewedAt: string | null;
                        reviewOutcome: string | null;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessBreakGlassByIdReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                    outcome: "justified" | "unjustified";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        expiresAt: string;
                        grantedAt: string;
                        id: string;
                        justification: string;
                        personId: string;
                        purpose: string;
                        reason: string;
                        reviewDueAt: string;
                        reviewedAt: string | null;
                        reviewOutcome: string | null;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAccessBreakGlassPending: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        grants: {
                            accountId: string;
                            expiresAt: string;
                            grantedAt: string;
                            grantee: {
                                accountId: string;
                                fullName: string;
                                username: string;
                            };
                            id: string;
                            justification: string;
                            personId: string;
                            purpose: string;
                            reason: string;
                            reviewDueAt: string;
                            reviewedAt: string | null;
                            reviewOutcome: string | null;
                            unitId: string;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAccessBreakGlassReasons: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reasons: {
                            code: string;
                            en: string;
                            vi: string;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAccessExports: {
        parameters: {
            query: {
                limit: number;
                offset: number;
                /** @description mine: my requests; unit: requests filed from the units I head */
                scope: "mine" | "unit";
                status?: "pending" | "approved" | "rejected" | "downloaded" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            approver: {
                                accountId: string;
                                fullName: string;
                                username: string;
                            } | null;
                            approverAccountId: string | null;
                            categories: string[];
                            createdAt: string;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            downloadedAt: string | null;
                            downloadExpiresAt: string | null;
                            format: string;
                            id: string;
                            provinces: string[];
                            purpose: string;
                            reason: string;
                            recipientName: string;
                            records: number;
                            requester: {
                                accountId: string;
                                fullName: string;
                                username: string;
                            };
                            requesterAccountId: string;
                            requestNo: string;
                            status: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessExports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    categories: ("identity" | "contact" | "address" | "employment" | "health_insurance" | "benefits" | "sensitive")[];
                    format: "csv" | "xlsx";
                    personIds: string[];
                    /** @description purpose code (mục đích xử lý) */
                    purpose: string;
                    reason: string;
                    recipientName: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approverAccountId: string | null;
                        categories: string[];
                        downloadExpiresAt: string | null;
                        format: string;
                        id: string;
                        provinces: string[];
                        purpose: string;
                        recipientName: string;
                        records: number;
                        requesterAccountId: string;
                        requestNo: string;
                        status: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessExportsByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approverAccountId: string | null;
                        categories: string[];
                        downloadExpiresAt: string | null;
                        format: string;
                        id: string;
                        provinces: string[];
                        purpose: string;
                        recipientName: string;
                        records: number;
                        requesterAccountId: string;
                        requestNo: string;
                        status: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAccessExportsByIdDownload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessExportsByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approverAccountId: string | null;
                        categories: string[];
                        downloadExpiresAt: string | null;
                        format: string;
                        id: string;
                        provinces: string[];
                        purpose: string;
                        recipientName: string;
                        records: number;
                        requesterAccountId: string;
                        requestNo: string;
                        status: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAccessNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        notifications: {
                            createdAt: string;
                            id: string;
                            kind: string;
                            readAt: string | null;
                            refId: string;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAccessPurposes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        purposes: {
                            builtin: boolean;
                            code: string;
                            en: string;
                            vi: string;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessPurposes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description purpose code (mục đích xử lý) */
                    code: string;
                    en: string;
                    vi: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        builtin: boolean;
                        code: string;
                        en: string;
                        vi: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAccessSsoClients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clients: {
                            authMethod: string;
                            backchannelLogoutUri: string | null;
                            businessSystemId: string;
                            clientId: string;
                            createdAt: string;
                            disabledAt: string | null;
                            postLogoutRedirectUris: string[];
                            redirectUris: string[];
                            secretIssuedAt: string | null;
                            systemDisplayName: string;
                            systemName: string;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessSsoClients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    authMethod: "client_secret_basic" | "client_secret_post" | "private_key_jwt";
                    backchannelLogoutUri?: string;
                    /**
                     * Format: uuid
                     * @description the registered business system this application is
                     */
                    businessSystemId: string;
                    /** @description public keys, for private_key_jwt */
                    jwks?: {
                        keys: ({
                            kty: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                    postLogoutRedirectUris?: string[];
                    redirectUris: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clientId: string;
                        clientSecret: string | null;
                        issuer: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessSsoClientsByClientIdDisable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessSsoClientsByClientIdRotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clientId: string;
                        clientSecret: string | null;
                        issuer: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAccessSystems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        systems: {
                            createdAt: string;
                            credentialIssuedAt: string;
                            displayName: string;
                            id: string;
                            name: string;
                            prefix: string;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessSystems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName: string;
                    /** @description short name, recorded as the channel of its decisions */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        credential: string;
                        name: string;
                        prefix: string;
                        systemId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAccessSystemsByIdGatewayRoutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        routeMap: {
                            /** @description first matching route wins; a request no route matches is refused */
                            routes: {
                                /** @description `none`: the page shows no personal data (a live staff session is enough); otherwise the action decided */
                                action: "none" | "search" | "view" | "update" | "export";
                                /** @description methods (default GET and HEAD) */
                                methods?: ("GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE")[];
                                /** @description path pattern: literal segments, `:name` for a named segment, a final `*` for any rest (e.g. `/nguoi-tham-gia/:maSo`) */
                                pattern: string;
                                /** @description purpose of this screen when the request names none */
                                purpose?: string;
                                /** @description record shown (default person) */
                                record?: "person" | "participation" | "household" | "card";
                                subject?: {
                                    /** @description where the person identifier sits (`body` is refused: auth_request cannot see it) */
                                    in: "path" | "query" | "body";
                                    name: string;
                                    /** @description when absent from the request, the page shows no person (e.g. an empty search form) */
                                    optional?: boolean;
                                };
                            }[];
                        } | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    putAccessSystemsByIdGatewayRoutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    routeMap: {
                        /** @description first matching route wins; a request no route matches is refused */
                        routes: {
                            /** @description `none`: the page shows no personal data (a live staff session is enough); otherwise the action decided */
                            action: "none" | "search" | "view" | "update" | "export";
                            /** @description methods (default GET and HEAD) */
                            methods?: ("GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE")[];
                            /** @description path pattern: literal segments, `:name` for a named segment, a final `*` for any rest (e.g. `/nguoi-tham-gia/:maSo`) */
                            pattern: string;
                            /** @description purpose of this screen when the request names none */
                            purpose?: string;
                            /** @description record shown (default person) */
                            record?: "person" | "participation" | "household" | "card";
                            subject?: {
                                /** @description where the person identifier sits (`body` is refused: auth_request cannot see it) */
                                in: "path" | "query" | "body";
                                name: string;
                                /** @description when absent from the request, the page shows no person (e.g. an empty search form) */
                                optional?: boolean;
                            };
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        routes: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessSystemsByIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAccessSystemsByIdRotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        credential: string;
                        name: string;
                        prefix: string;
                        systemId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAdminAccounts: {
        parameters: {
            query: {
                limit: number;
                offset: number;
                /** @description Staff number or part of the name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fullName: string;
                        id: string;
                        lastSignInAt: string | null;
                        mustChangePassword: boolean;
                        staffId: string;
                        staffStatus: string;
                        status: string;
                        totpEnrolled: boolean;
                        unitId: string;
                        username: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAdminAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                    /** Format: uuid */
                    staffId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            fullName: string;
                            id: string;
                            lastSignInAt: string | null;
                            mustChangePassword: boolean;
                            staffId: string;
                            staffStatus: string;
                            status: string;
                            totpEnrolled: boolean;
                            unitId: string;
                            username: string;
                        };
                        temporaryPassword: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAdminAccountsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            fullName: string;
                            id: string;
                            lastSignInAt: string | null;
                            mustChangePassword: boolean;
                            staffId: string;
                            staffStatus: string;
                            status: string;
                            totpEnrolled: boolean;
                            unitId: string;
                            username: string;
                        };
                        grants: {
                            accountId: string;
                            grantedBy: string | null;
                            id: string;
                            revokedAt: string | null;
                            role: "staff" | "unit_head" | "security_officer" | "central_security_admin" | "auditor" | "system_admin";
                            unitId: string;
                            validFrom: string;
                            validUntil: string;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminAccountActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        devices: {
                            approvedAt: string | null;
                            createdAt: string;
                            id: string;
                            lastSeenAt: string | null;
                            name: string;
                            revokedAt: string | null;
                            status: string;
                        }[];
                        sessions: {
                            createdAt: string;
                            id: string;
                            ip: string | null;
                            lastSeenAt: string;
                            live: boolean;
                            mfa: boolean;
                            revokeReason: string | null;
                            userAgent: string | null;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAdminAccountsByIdGrants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    role: "staff" | "unit_head" | "security_officer" | "central_security_admin" | "auditor" | "system_admin";
                    unitId: string;
                    /** Format: date-time */
                    validFrom?: string;
                    /** Format: date-time */
                    validUntil: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        grantedBy: string | null;
                        id: string;
                        revokedAt: string | null;
                        role: "staff" | "unit_head" | "security_officer" | "central_security_admin" | "auditor" | "system_admin";
                        unitId: string;
                        validFrom: string;
                        validUntil: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAdminAccountsByIdPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        temporaryPassword: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAdminAccountsByIdReinstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fullName: string;
                        id: string;
                        lastSignInAt: string | null;
                        mustChangePassword: boolean;
                        staffId: string;
                        staffStatus: string;
                        status: string;
                        totpEnrolled: boolean;
                        unitId: string;
                        username: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAdminAccountsByIdSuspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fullName: string;
                        id: string;
                        lastSignInAt: string | null;
                        mustChangePassword: boolean;
                        staffId: string;
                        staffStatus: string;
                        status: string;
                        totpEnrolled: boolean;
                        unitId: string;
                        username: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAdminDevicesByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        approvedAt: string | null;
                        approvedBy: string | null;
                        createdAt: string;
                        demo: boolean;
                        id: string;
                        lastSeenAt: string | null;
                        name: string;
                        registeredBy: string | null;
                        revokedAt: string | null;
                        status: "pending" | "approved" | "rejected" | "revoked";
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAdminDevicesByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        approvedAt: string | null;
                        approvedBy: string | null;
                        createdAt: string;
                        demo: boolean;
                        id: string;
                        lastSeenAt: string | null;
                        name: string;
                        registeredBy: string | null;
                        revokedAt: string | null;
                        status: "pending" | "approved" | "rejected" | "revoked";
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAdminDevicesByIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        approvedAt: string | null;
                        approvedBy: string | null;
                        createdAt: string;
                        demo: boolean;
                        id: string;
                        lastSeenAt: string | null;
                        name: string;
                        registeredBy: string | null;
                        revokedAt: string | null;
                        status: "pending" | "approved" | "rejected" | "revoked";
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAdminDevicesPending: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        approvedAt: string | null;
                        approvedBy: string | null;
                        createdAt: string;
                        demo: boolean;
                        id: string;
                        lastSeenAt: string | null;
                        name: string;
                        ownerName: string;
                        ownerStaffNo: string;
                        registeredBy: string | null;
                        revokedAt: string | null;
                        status: "pending" | "approved" | "rejected" | "revoked";
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAdminGrantsByIdEnd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        grantedBy: string | null;
                        id: string;
                        revokedAt: string | null;
                        role: "staff" | "unit_head" | "security_officer" | "central_security_admin" | "auditor" | "system_admin";
                        unitId: string;
                        validFrom: string;
                        validUntil: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAdminHrEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    effectiveOn: string;
                    kind: "transfer" | "retirement" | "resignation" | "suspension" | "return";
                    newUnitId?: string;
                    reason?: string;
                    /** Format: uuid */
                    staffId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string | null;
                        devicesRevoked: number;
                        grantsEnded: number;
                        hrEventId: string;
                        kind: "transfer" | "retirement" | "resignation" | "suspension" | "return";
                        sessionsRevoked: number;
                        staffId: string;
                        vpnDisabled: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAdminHrImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contentBase64: string;
                    /** @default true */
                    dryRun: boolean;
                    format: "csv" | "xlsx";
                    /**
                     * Format: uuid
                     * @description An id of the caller's choosing to follow the import at GET /api/admin/hr/import/progress/{id}
                     */
                    progressId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applied: boolean;
                        batchId: string | null;
                        byKind: {
                            [key: string]: number;
                        };
                        changes: {
                            effectiveOn: string;
                            fromUnitId: string | null;
                            fullName: string;
                            kind: ("transfer" | "retirement" | "resignation" | "suspension" | "return") | "hire";
                            role: string | null;
                            row: number;
                            staffNo: string;
                            toUnitId: string | null;
                        }[];
                        dryRun: boolean;
                        errors: {
                            code: string;
                            field: string;
                            row: number;
                        }[];
                        grantsEnded: number;
                        hires: {
                            accountId: string;
                            role: string;
                            row: number;
                            staffNo: string;
                            temporaryPassword: string;
                            unitId: string;
                        }[];
                        rows: number;
                        sessionsRevoked: number;
                        valid: number;
                        vpnDisabled: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAdminHrImportProgressById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        done: number;
                        phase: "validate" | "prepare" | "apply" | "done";
                        total: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminListLeakedImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bytesRead: number;
                        finishedAt: string | null;
                        id: string;
                        result: {
                            imported: number;
                            lines: number;
                            rejected: number;
                            rejectedLines: number[];
                        } | null;
                        startedAt: string;
                        /** @description interrupted: the server stopped while it ran (its progress stopped more than a minute ago) */
                        status: "running" | "done" | "failed" | "interrupted";
                        totalBytes: number;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminImportLeakedPasswords: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contentBase64: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bytesRead: number;
                        finishedAt: string | null;
                        id: string;
                        result: {
                            imported: number;
                            lines: number;
                            rejected: number;
                            rejectedLines: number[];
                        } | null;
                        startedAt: string;
                        /** @description interrupted: the server stopped while it ran (its progress stopped more than a minute ago) */
                        status: "running" | "done" | "failed" | "interrupted";
                        totalBytes: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    adminListVpnAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        approvedBy: string;
                        createdAt: string;
                        disabledReason: string | null;
                        id: string;
                        justification: string;
                        lastUsedAt: string | null;
                        otpRequired: boolean;
                        ownerAccountId: string;
                        purpose: string;
                        status: "active" | "disabled" | "expired";
                        validFrom: string;
                        validUntil: string;
                        vpnUsername: string;
                    } & {
                        ownerName: string;
                        ownerUnitId: string;
                        ownerUsername: string;
                    })[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAdminVpn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    justification: string;
                    /** Format: uuid */
                    ownerAccountId: string;
                    purpose: string;
                    /** Format: date-time */
                    validFrom?: string;
                    /** Format: date-time */
                    validUntil: string;
                    vpnUsername: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedBy: string;
                        createdAt: string;
                        disabledReason: string | null;
                        id: string;
                        justification: string;
                        lastUsedAt: string | null;
                        otpRequired: boolean;
                        ownerAccountId: string;
                        purpose: string;
                        status: "active" | "disabled" | "expired";
                        validFrom: string;
                        validUntil: string;
                        vpnUsername: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAdminVpnByIdDisable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedBy: string;
                        createdAt: string;
                        disabledReason: string | null;
                        id: string;
                        justification: string;
                        lastUsedAt: string | null;
                        otpRequired: boolean;
                        ownerAccountId: string;
                        purpose: string;
                        status: "active" | "disabled" | "expired";
                        validFrom: string;
                        validUntil: string;
                        vpnUsername: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAdminVpnConnectCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    vpnUsername: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accepted: boolean;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAdminVpnDueForReview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        approvedBy: string;
                        createdAt: string;
                        disabledReason: string | null;
                        id: string;
                        justification: string;
                        lastUsedAt: string | null;
                        otpRequired: boolean;
                        ownerAccountId: string;
                        purpose: string;
                        status: "active" | "disabled" | "expired";
                        validFrom: string;
                        validUntil: string;
                        vpnUsername: string;
                    } & {
                        reasons: string[];
                    })[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAlertVerifications: {
        parameters: {
            query: {
                conclusion?: "violation_confirmed" | "no_violation" | "inconclusive";
                lang?: "vi" | "en";
                limit: number;
                offset: number;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            alertId: string;
                            conclusion: "violation_confirmed" | "no_violation" | "inconclusive";
                            findings: string;
                            id: string;
                            measures: string;
                            reportedAt: string;
                            reportedBy: string;
                            unitId: string | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAlerts: {
        parameters: {
            query: {
                accountId?: string;
                from?: string;
                lang?: "vi" | "en";
                limit: number;
                offset: number;
                overdue?: boolean;
                ruleId?: string;
                severity?: "low" | "medium" | "high" | "critical";
                status?: "new" | "acknowledged" | "false_positive" | "escalated";
                to?: string;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            accountId: string | null;
                            attack: string;
                            count: number;
                            createdAt: string;
                            details: {
                                [key: string]: string | number | boolean | (never | null);
                            };
                            dueAt: string;
                            firstEventAt: string;
                            groupKey: string;
                            id: string;
                            lastEventAt: string;
                            overdue: boolean;
                            ruleId: string;
                            ruleName: {
                                en: string;
                                vi: string;
                            };
                            severity: "low" | "medium" | "high" | "critical";
                            status: "new" | "acknowledged" | "false_positive" | "escalated";
                            suspension: {
                                requestedAt: string | null;
                                status: string;
                            } | null;
                            triage: {
                                at: string;
                                by: string | null;
                                reason: string | null;
                            } | null;
                            unitId: string | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAlertsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alert: {
                            accountId: string | null;
                            attack: string;
                            count: number;
                            createdAt: string;
                            details: {
                                [key: string]: string | number | boolean | (never | null);
                            };
                            dueAt: string;
                            firstEventAt: string;
                            groupKey: string;
                            id: string;
                            lastEventAt: string;
                            overdue: boolean;
                            ruleId: string;
                            ruleName: {
                                en: string;
                                vi: string;
                            };
                            severity: "low" | "medium" | "high" | "critical";
                            status: "new" | "acknowledged" | "false_positive" | "escalated";
                            suspension: {
                                requestedAt: string | null;
                                status: string;
                            } | null;
                            triage: {
                                at: string;
                                by: string | null;
                                reason: string | null;
                            } | null;
                            unitId: string | null;
                        };
                        evidence: {
                            details: {
                                [key: string]: string | number | boolean | (never | null);
                            };
                            eventId: string;
                            eventTime: string;
                            seq: number;
                            summary: {
                                [key: string]: string | number | boolean | (never | null);
                            };
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAlertsByIdContext: {
        parameters: {
            query?: {
                lang?: "vi" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            id: string;
                            status: string;
                            unitId: string | null;
                            username: string;
                        } | null;
                        assignments: {
                            actions: string[];
                            assignmentId: string;
                            documentNo: string;
                            provinces: string[];
                            purpose: string;
                            status: string;
                            validFrom: string;
                            validUntil: string;
                        }[];
                        caseId: string | null;
                        devices: {
                            createdAt: string;
                            id: string;
                            lastSeenAt: string | null;
                            name: string;
                            status: string;
                        }[];
                        otherAlerts: {
                            createdAt: string;
                            id: string;
                            ruleId: string;
                            severity: string;
                            status: string;
                        }[];
                        recentActivity: {
                            action: string | null;
                            kind: string;
                            outcome: string | null;
                            purpose: string | null;
                            seq: number;
                            subjects: number;
                            time: string;
                            unitId: string | null;
                        }[];
                        verifications: {
                            alertId: string;
                            conclusion: "violation_confirmed" | "no_violation" | "inconclusive";
                            findings: string;
                            id: string;
                            measures: string;
                            reportedAt: string;
                            reportedBy: string;
                            unitId: string | null;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAlertsByIdTriage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                    status: "acknowledged" | "false_positive" | "escalated";
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alert: {
                            accountId: string | null;
                            attack: string;
                            count: number;
                            createdAt: string;
                            details: {
                                [key: string]: string | number | boolean | (never | null);
                            };
                            dueAt: string;
                            firstEventAt: string;
                            groupKey: string;
                            id: string;
                            lastEventAt: string;
                            overdue: boolean;
                            ruleId: string;
                            ruleName: {
                                en: string;
                                vi: string;
                            };
                            severity: "low" | "medium" | "high" | "critical";
                            status: "new" | "acknowledged" | "false_positive" | "escalated";
                            suspension: {
                                requestedAt: string | null;
                                status: string;
                            } | null;
                            triage: {
                                at: string;
                                by: string | null;
                                reason: string | null;
                            } | null;
                            unitId: string | null;
                        };
                        evidence: {
                            details: {
                                [key: string]: string | number | boolean | (never | null);
                            };
                            eventId: string;
                            eventTime: string;
                            seq: number;
                            summary: {
                                [key: string]: string | number | boolean | (never | null);
                            };
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAlertsByIdVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    conclusion: "violation_confirmed" | "no_violation" | "inconclusive";
                    findings: string;
                    measures: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alertId: string;
                        conclusion: "violation_confirmed" | "no_violation" | "inconclusive";
                        findings: string;
                        id: string;
                        measures: string;
                        reportedAt: string;
                        reportedBy: string;
                        unitId: string | null;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    auditFindAccounts: {
        parameters: {
            query?: {
                /** @description Comma-separated account ids */
                ids?: string;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        fullName: string;
                        staffNo: string;
                        unitId: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAuditCheckpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keyId: string;
                        note: string;
                        origin: string;
                        rootHash: string;
                        signature: string;
                        time: string;
                        treeSize: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAuditCheckpointsLatest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keyId: string;
                        note: string;
                        origin: string;
                        rootHash: string;
                        signature: string;
                        time: string;
                        treeSize: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAuditCheckpointsLatestTxt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAuditEntries: {
        parameters: {
            query?: {
                accountId?: string;
                action?: string;
                before?: number;
                from?: string;
                kind?: "access" | "auth" | "admin" | "external";
                lang?: "vi" | "en";
                limit?: number;
                outcome?: "allow" | "deny" | "success" | "failure";
                purpose?: string;
                subjectId?: string;
                to?: string;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            accountId: string | null;
                            action: string | null;
                            body: string;
                            chainHash: string;
                            kind: string;
                            leafHash: string;
                            outcome: string | null;
                            purpose: string | null;
                            requestId: string | null;
                            seq: number;
                            subjectIds: string[];
                            time: string;
                            unitId: string | null;
                            withheldUntil: string | null;
                        }[];
                        nextBefore: number | null;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAuditEntriesCsv: {
        parameters: {
            query?: {
                accountId?: string;
                action?: string;
                before?: number;
                from?: string;
                kind?: "access" | "auth" | "admin" | "external";
                lang?: "vi" | "en";
                limit?: number;
                outcome?: "allow" | "deny" | "success" | "failure";
                purpose?: string;
                subjectId?: string;
                to?: string;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAuditEntriesBySeqProof: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                seq: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checkpoint: {
                            keyId: string;
                            note: string;
                            origin: string;
                            rootHash: string;
                            signature: string;
                            time: string;
                            treeSize: number;
                        };
                        entry: {
                            accountId: string | null;
                            action: string | null;
                            body: string;
                            chainHash: string;
                            kind: string;
                            leafHash: string;
                            outcome: string | null;
                            purpose: string | null;
                            requestId: string | null;
                            seq: number;
                            subjectIds: string[];
                            time: string;
                            unitId: string | null;
                            withheldUntil: string | null;
                        };
                        proof: {
                            leafHash: string;
                            leafIndex: number;
                            path: string[];
                            rootHash: string;
                            treeSize: number;
                        };
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    auditListPartitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        defaultRows: number;
                        firstRetainedSeq: number;
                        head: number;
                        partitions: {
                            archiveSha256: string | null;
                            bytes: number;
                            firstTime: string | null;
                            fromSeq: number;
                            lastTime: string | null;
                            name: string;
                            rowEstimate: number | null;
                            rows: number;
                            state: "future" | "head" | "full" | "archived" | "dropped";
                            toSeq: number;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    auditLookupPerson: {
        parameters: {
            query: {
                identifier: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        personId: string | null;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAuditPublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keyId: string;
                        name: string;
                        publicKey: string;
                        verifierKey: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    auditListVerifications: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checked: number;
                        finishedAt: string | null;
                        id: string;
                        ok: boolean | null;
                        report: {
                            chainHash: string;
                            faults: {
                                detail: string;
                                kind: string;
                                seq: number;
                            }[];
                            rootHash: string;
                            size: number;
                            storedCheckpointsChecked: number;
                        } | null;
                        startedAt: string;
                        startedBy: string | null;
                        status: "running" | "done" | "failed";
                        total: number;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    auditStartVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checked: number;
                        finishedAt: string | null;
                        id: string;
                        ok: boolean | null;
                        report: {
                            chainHash: string;
                            faults: {
                                detail: string;
                                kind: string;
                                seq: number;
                            }[];
                            rootHash: string;
                            size: number;
                            storedCheckpointsChecked: number;
                        } | null;
                        startedAt: string;
                        startedBy: string | null;
                        status: "running" | "done" | "failed";
                        total: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    auditGetVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checked: number;
                        finishedAt: string | null;
                        id: string;
                        ok: boolean | null;
                        report: {
                            chainHash: string;
                            faults: {
                                detail: string;
                                kind: string;
                                seq: number;
                            }[];
                            rootHash: string;
                            size: number;
                            storedCheckpointsChecked: number;
                        } | null;
                        startedAt: string;
                        startedBy: string | null;
                        status: "running" | "done" | "failed";
                        total: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAuthDemoDeviceByToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        /** @enum {boolean} */
                        demo: true;
                        ok: boolean;
                    };
                };
            };
            /** @description Redirect to /signin?device=ready */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAuthDevices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        approvedAt: string | null;
                        approvedBy: string | null;
                        createdAt: string;
                        demo: boolean;
                        id: string;
                        lastSeenAt: string | null;
                        name: string;
                        registeredBy: string | null;
                        revokedAt: string | null;
                        status: "pending" | "approved" | "rejected" | "revoked";
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAuthDevicesByIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        approvedAt: string | null;
                        approvedBy: string | null;
                        createdAt: string;
                        demo: boolean;
                        id: string;
                        lastSeenAt: string | null;
                        name: string;
                        registeredBy: string | null;
                        revokedAt: string | null;
                        status: "pending" | "approved" | "rejected" | "revoked";
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAuthDevicesRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    password: string;
                    totp?: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        approvedAt: string | null;
                        approvedBy: string | null;
                        createdAt: string;
                        demo: boolean;
                        id: string;
                        lastSeenAt: string | null;
                        name: string;
                        registeredBy: string | null;
                        revokedAt: string | null;
                        status: "pending" | "approved" | "rejected" | "revoked";
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        deviceId: string | null;
                        deviceRegistered: boolean;
                        fullName: string;
                        /** @description Minutes of inactivity after which the session ends */
                        idleMinutes: number;
                        mfa: boolean;
                        mustChangePassword: boolean;
                        provinceCode: string | null;
                        roles: {
                            role: "staff" | "unit_head" | "security_officer" | "central_security_admin" | "auditor" | "system_admin";
                            unitId: string;
                            validUntil: string;
                        }[];
                        sessionId: string;
                        staffId: string;
                        unitId: string;
                        username: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAuthSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        current: boolean;
                        deviceId: string | null;
                        endedReason: string | null;
                        id: string;
                        ip: string | null;
                        lastSeenAt: string;
                        live: boolean;
                        mfa: boolean;
                        userAgent: string | null;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteAuthSessionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string | "others";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revoked: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAuthSignin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    recoveryCode?: string;
                    totp?: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        csrfToken: string;
                        mfa: boolean;
                        mustChangePassword: boolean;
                        totpEnrolmentRequired: boolean;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    authListSigningKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        createdAt: string;
                        fingerprint: string;
                        /** Format: uuid */
                        id: string;
                        publicKey: string;
                        revokedAt: string | null;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    authRegisterSigningKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Raw 32-byte Ed25519 public key, base64 */
                    publicKey: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        createdAt: string;
                        fingerprint: string;
                        /** Format: uuid */
                        id: string;
                        publicKey: string;
                        revokedAt: string | null;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    authRevokeSigningKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAuthSignout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAuthTotpConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAuthTotpEnrol: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        otpauthUri: string;
                        qrPngDataUrl: string;
                        secret: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCases: {
        parameters: {
            query: {
                breach?: boolean;
                lang?: "vi" | "en";
                limit: number;
                offset: number;
                status?: "open" | "in_progress" | "contained" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeAccountId: string | null;
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        detectedAt: string;
                        exercise: boolean;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        openedAt: string;
                        origin: "alert" | "manual" | "citizen_report";
                        personalDataBreach: boolean;
                        reference: string;
                        /** Format: date-time */
                        retainUntil: string | null;
                        severity: "low" | "medium" | "high" | "critical";
                        status: "open" | "in_progress" | "contained" | "closed";
                        title: string;
                        unitId: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postCases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    assigneeAccountId?: string | null;
                    description?: string;
                    /** Format: date-time */
                    detectedAt?: string;
                    exercise?: boolean;
                    severity: "low" | "medium" | "high" | "critical";
                    title: string;
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeAccountId: string | null;
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        detectedAt: string;
                        exercise: boolean;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        openedAt: string;
                        origin: "alert" | "manual" | "citizen_report";
                        personalDataBreach: boolean;
                        reference: string;
                        /** Format: date-time */
                        retainUntil: string | null;
                        severity: "low" | "medium" | "high" | "critical";
                        status: "open" | "in_progress" | "contained" | "closed";
                        title: string;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCasesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alerts: {
                            accountId: string | null;
                            alertId: string;
                            evidenceEventIds: string[];
                            /** Format: date-time */
                            raisedAt: string;
                            ruleId: string;
                            severity: string;
                        }[];
                        assigneeAccountId: string | null;
                        breach: {
                            clock: {
                                /** Format: date-time */
                                deadlineAt: string;
                                /** Format: date-time */
                                detectedAt: string;
                                /** Format: date-time */
                                nextEscalationAt: string | null;
                                overdue: boolean;
                                remaining: string;
                                remainingMs: number;
                                stopped: boolean;
                                thresholdsPassed: number[];
                            };
                            escalations: {
                                /** Format: date-time */
                                at: string;
                                thresholdHours: number;
                            }[];
                            /** Format: date-time */
                            markedAt: string;
                            notices: {
                                channel: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                personId: string;
                                reference: string | null;
                                /** Format: date-time */
                                sentAt: string | null;
                                status: string;
                            }[];
                            submission: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                channel: string;
                                digest: string | null;
                                reference: string;
                            } | null;
                        } | null;
                        /** Format: date-time */
                        closedAt: string | null;
                        description: string | null;
                        /** Format: date-time */
                        detectedAt: string;
                        exercise: boolean;
                        /** Format: uuid */
                        id: string;
                        observables: {
                            /** Format: date-time */
                            addedAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            type: string;
                            value: string;
                        }[];
                        /** Format: date-time */
                        openedAt: string;
                        origin: "alert" | "manual" | "citizen_report";
                        personalDataBreach: boolean;
                        reference: string;
                        /** Format: date-time */
                        retainUntil: string | null;
                        severity: "low" | "medium" | "high" | "critical";
                        status: "open" | "in_progress" | "contained" | "closed";
                        tasks: {
                            assigneeAccountId: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: uuid */
                            id: string;
                            status: string;
                            title: string;
                        }[];
                        timeline: {
                            action: string;
                            actorAccountId: string | null;
                            /** Format: date-time */
                            at: string;
                            data: {
                                [key: string]: unknown;
                            };
                            outcome: string;
                            seq: number;
                            summary: string;
                        }[];
                        title: string;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteCasesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    patchCasesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    assigneeAccountId?: string | null;
                    severity?: "low" | "medium" | "high" | "critical";
                    status?: "open" | "in_progress" | "contained" | "closed";
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigneeAccountId: string | null;
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date-time */
                        detectedAt: string;
                        exercise: boolean;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        openedAt: string;
                        origin: "alert" | "manual" | "citizen_report";
                        personalDataBreach: boolean;
                        reference: string;
                        /** Format: date-time */
                        retainUntil: string | null;
                        severity: "low" | "medium" | "high" | "critical";
                        status: "open" | "in_progress" | "contained" | "closed";
                        title: string;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postCasesByIdBreach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    detectedAt?: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        deadlineAt: string;
                        /** Format: date-time */
                        detectedAt: string;
                        /** Format: date-time */
                        nextEscalationAt: string | null;
                        overdue: boolean;
                        remaining: string;
                        remainingMs: number;
                        stopped: boolean;
                        thresholdsPassed: number[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCasesByIdBreachDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        act?: string;
                        consequences?: string;
                        dataCategories?: ("identity" | "contact" | "address" | "employment" | "health_insurance" | "benefits" | "sensitive")[];
                        dataSubjects?: {
                            sensitive?: number;
                            total?: number;
                        };
                        detectionMethod?: string;
                        involvedParties?: string[];
                        measures?: string;
                        minutes?: {
                            /** Format: date */
                            date?: string;
                            number?: string;
                        };
                        /** Format: date-time */
                        occurredAt?: string;
                        organisation?: {
                            headquarters?: string;
                            name?: string;
                            phone?: string;
                            registrationNo?: string;
                            taxCode?: string;
                            transactionAddress?: string;
                            website?: string;
                        };
                        place?: string;
                        records?: {
                            sensitive?: number;
                            total?: number;
                        };
                        responsiblePerson?: {
                            /** Format: email */
                            email?: string;
                            name?: string;
                            phone?: string;
                            title?: string;
                        };
                        subjectNotice?: {
                            /** Format: date-time */
                            at?: string;
                            channel?: string;
                            count?: number;
                            required: boolean;
                        };
                        technicalReport?: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    putCasesByIdBreachDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    act?: string;
                    consequences?: string;
                    dataCategories?: ("identity" | "contact" | "address" | "employment" | "health_insurance" | "benefits" | "sensitive")[];
                    dataSubjects?: {
                        sensitive?: number;
                        total?: number;
                    };
                    detectionMethod?: string;
                    involvedParties?: string[];
                    measures?: string;
                    minutes?: {
                        /** Format: date */
                        date?: string;
                        number?: string;
                    };
                    /** Format: date-time */
                    occurredAt?: string;
                    organisation?: {
                        headquarters?: string;
                        name?: string;
                        phone?: string;
                        registrationNo?: string;
                        taxCode?: string;
                        transactionAddress?: string;
                        website?: string;
                    };
                    place?: string;
                    records?: {
                        sensitive?: number;
                        total?: number;
                    };
                    responsiblePerson?: {
                        /** Format: email */
                        email?: string;
                        name?: string;
                        phone?: string;
                        title?: string;
                    };
                    subjectNotice?: {
                        /** Format: date-time */
                        at?: string;
                        channel?: string;
                        count?: number;
                        required: boolean;
                    };
                    technicalReport?: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        act?: string;
                        consequences?: string;
                        dataCategories?: ("identity" | "contact" | "address" | "employment" | "health_insurance" | "benefits" | "sensitive")[];
                        dataSubjects?: {
                            sensitive?: number;
                            total?: number;
                        };
                        detectionMethod?: string;
                        involvedParties?: string[];
                        measures?: string;
                        minutes?: {
                            /** Format: date */
                            date?: string;
                            number?: string;
                        };
                        /** Format: date-time */
                        occurredAt?: string;
                        organisation?: {
                            headquarters?: string;
                            name?: string;
                            phone?: string;
                            registrationNo?: string;
                            taxCode?: string;
                            transactionAddress?: string;
                            website?: string;
                        };
                        place?: string;
                        records?: {
                            sensitive?: number;
                            total?: number;
                        };
                        responsiblePerson?: {
                            /** Format: email */
                            email?: string;
                            name?: string;
                            phone?: string;
                            title?: string;
                        };
                        subjectNotice?: {
                            /** Format: date-time */
                            at?: string;
                            channel?: string;
                            count?: number;
                            required: boolean;
                        };
                        technicalReport?: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCasesByIdBreachForm08Json: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        $schema: "https://khien.baohiemxahoi.gov.vn/schemas/form-08.json";
                        attachments: {
                            minutes: {
                                /** Format: date */
                                date: string;
                                number: string;
                            };
                            technicalReport: string | null;
                        };
                        caseReference: string;
                        commitment: string;
                        consequences: string;
                        /** Format: date-time */
                        deadlineAt: string;
                        form: {
                            /** @enum {string} */
                            code: "Mẫu số 08";
                            /** @enum {string} */
                            legalBasis: "Nghị định 356/2025/NĐ-CP";
                            title: string;
                        };
                        /** Format: date-time */
                        generatedAt: string;
                        measures: string;
                        organisation: {
                            headquarters: string;
                            name: string;
                            phone?: string;
                            registrationNo?: string;
                            taxCode?: string;
                            transactionAddress?: string;
                            website?: string;
                        };
                        recipient: string;
                        responsiblePerson: {
                            /** Format: email */
                            email: string;
                            name: string;
                            phone: string;
                            title: string;
                        };
                        subjectNotice: {
                            /** Format: date-time */
                            at?: string;
                            channel?: string;
                            count?: number;
                            required: boolean;
                        };
                        violation: {
                            act: string;
                            dataCategories: {
                                code: "identity" | "contact" | "address" | "employment" | "health_insurance" | "benefits" | "sensitive";
                                en: string;
                                vi: string;
                            }[];
                            dataSubjects: {
                                sensitive: number;
                                total: number;
                            };
                            /** Format: date-time */
                            detectedAt: string;
                            detectionMethod: string;
                            involvedParties: string[];
                            /** Format: date-time */
                            occurredAt: string | null;
                            place: string;
                            records: {
                                sensitive: number;
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCasesByIdBreachForm08Pdf: {
        parameters: {
            query?: {
                inline?: boolean;
                lang?: "vi" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postCasesByIdBreachNotices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    channel: "vssid" | "sms" | "email" | "post" | "public";
                    personIds: string[];
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        added: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    patchCasesByIdBreachNoticesByNoticeId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                noticeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reference?: string;
                    status: "pending" | "sent" | "failed" | "public_notice";
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postCasesByIdBreachSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    channel: "portal" | "direct" | "email" | "post";
                    reference: string;
                    /** Format: date-time */
                    submittedAt?: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        deadlineAt: string;
                        /** Format: date-time */
                        detectedAt: string;
                        /** Format: date-time */
                        nextEscalationAt: string | null;
                        overdue: boolean;
                        remaining: string;
                        remainingMs: number;
                        stopped: boolean;
                        thresholdsPassed: number[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postCasesByIdContainment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    action: "suspend_account" | "revoke_device" | "end_assignment" | "block_address";
                    reason: string;
                    targetId: string;
                    /** Format: date-time */
                    until?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        action: string;
                        targetId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postCasesByIdNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postCasesByIdObservables: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    type: "account" | "ip" | "device" | "person";
                    value: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        added: boolean;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postCasesByIdTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    assigneeAccountId?: string | null;
                    /** Format: date-time */
                    dueAt?: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    patchCasesByIdTasksByTaskId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    assigneeAccountId?: string | null;
                    status?: "open" | "done" | "cancelled";
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCasesCount: {
        parameters: {
            query?: {
                breach?: boolean;
                status?: "open" | "in_progress" | "contained" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCasesSchemasForm08Json: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    getCitizenAuthCallback: {
        parameters: {
            query?: {
                code?: string;
                error?: string;
                error_description?: string;
                iss?: string;
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCitizenAuthLogin: {
        parameters: {
            query?: {
                lang?: "vi" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postCitizenAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getCitizenDocumentsVerify: {
        parameters: {
            query?: {
                code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        digest: string;
                        holderName: string;
                        issuedAt: string;
                        keyId: string;
                        /** @enum {string} */
                        kind: "participation";
                        number: string;
                        periods: number;
                        personalIdLast4: string;
                        totals: {
                            months: number;
                            type: string;
                        }[];
                        /** @enum {boolean} */
                        valid: true;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCitizenMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: {
                            commune: string | null;
                            province: string | null;
                            street: string;
                        };
                        dateOfBirth: string;
                        fullName: string;
                        personalIdMasked: string;
                        phoneMasked: string | null;
                        sex: "M" | "F";
                        socialInsuranceNoMasked: string | null;
                        status: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCitizenMeAccesses: {
        parameters: {
            query: {
                before?: number;
                from?: string;
                lang?: "vi" | "en";
                limit: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checkpoint: {
                            keyId: string;
                            note?: string;
                            publicKey: string;
                            rootHash: string;
                            signature: string;
                            text: string;
                            time: string;
                            treeSize: number;
                        } | null;
                        items: {
                            action: {
                                code: string;
                                en: string;
                                vi: string;
                            };
                            actorKind: "staff" | "external" | "system";
                            application: {
                                name: string | null;
                                system: string;
                            } | null;
                            breakGlass: boolean;
                            categories: {
                                code: string;
                                en: string;
                                vi: string;
                            }[];
                            dispute: {
                                caseStatus: string | null;
                                reference: string;
                                reportedAt: string;
                            } | null;
                            disputed: boolean;
                            organisation: {
                                agreementId: string;
                                name: string | null;
                            } | null;
                            proof: {
                                leafHash: string;
                                leafIndex: number;
                                path: string[];
                            } | null;
                            purpose: {
                                code: string;
                                en: string;
                                vi: string;
                            } | null;
                            resource: string;
                            seq: number;
                            time: string;
                            unit: {
                                id: string;
                                name: string | null;
                            } | null;
                            withheldUntil: string | null;
                        }[];
                        nextBefore: number | null;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postCitizenMeAccessesBySeqDispute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                seq: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string | null;
                        created: boolean;
                        reference: string;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string | null;
                        created: boolean;
                        reference: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCitizenMeCard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            cardCode: string;
                            currentBenefitLevel: number | null;
                            fiveYearsDate: string | null;
                            groupCode: string;
                            registeredClinic: {
                                code: string;
                                name: string;
                            };
                            validFrom: string;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCitizenMeParticipation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            allowances: number;
                            contractType: string;
                            employerCode: string | null;
                            employerName: string | null;
                            fromMonth: string;
                            insuranceTypes: string[];
                            jobTitle: string;
                            salaryBasis: number;
                            toMonth: string | null;
                        }[];
                        summary: {
                            asOfMonth: string;
                            gaps: {
                                fromMonth: string;
                                months: number;
                                toMonth: string;
                            }[];
                            monthsCovered: number;
                            totals: {
                                months: number;
                                type: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCitizenMeParticipationPdf: {
        parameters: {
            query?: {
                lang?: "vi" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description application/pdf */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCitizenWithholdings: {
        parameters: {
            query: {
                limit: number;
                subjectPersonId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            accessedFrom: string | null;
                            accessedTo: string | null;
                            createdAt: string;
                            createdBy: string;
                            id: string;
                            liftedAt: string | null;
                            purpose: string | null;
                            reason: string;
                            subjectPersonId: string | null;
                            withheldUntil: string;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postCitizenWithholdings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    accessedFrom?: string;
                    /** Format: date-time */
                    accessedTo?: string;
                    purpose?: string;
                    reason: string;
                    /** Format: uuid */
                    subjectPersonId?: string;
                    /** Format: date-time */
                    withheldUntil: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessedFrom: string | null;
                        accessedTo: string | null;
                        createdAt: string;
                        createdBy: string;
                        id: string;
                        liftedAt: string | null;
                        purpose: string | null;
                        reason: string;
                        subjectPersonId: string | null;
                        withheldUntil: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postCitizenWithholdingsByIdLift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessedFrom: string | null;
                        accessedTo: string | null;
                        createdAt: string;
                        createdBy: string;
                        id: string;
                        liftedAt: string | null;
                        purpose: string | null;
                        reason: string;
                        subjectPersonId: string | null;
                        withheldUntil: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postDecisions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    action: "search" | "view" | "update" | "export";
                    /** @description the staff member's address as the application saw it */
                    clientIp?: string;
                    /** @description purpose code (mục đích xử lý) */
                    purpose: string;
                    /** @description record about to be shown (default person) */
                    record?: "person" | "participation" | "household" | "card";
                    /** @description the staff member's Khiên session token, or the access token Khiên issued to this system at single sign-on */
                    staffSession: string;
                    /** @description Khiên person id (UUID) or 10-digit social insurance number (mã số BHXH) */
                    subject: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description id of the audit entry recording this decision (durable before the answer) */
                        auditEntryId: string;
                        auditSeq: number;
                        fields: {
                            dateOfBirth: "clear" | "partial" | "hidden";
                            personalId: "clear" | "partial" | "hidden";
                            phone: "clear" | "partial" | "hidden";
                            salary: "clear" | "partial" | "hidden";
                            socialInsuranceNo: "clear" | "partial" | "hidden";
                            street: "clear" | "partial" | "hidden";
                        };
                        grant: {
                            id: string;
                            type: string;
                            version?: number;
                        } | null;
                        mask: {
                            address: "clear" | "partial" | "hidden";
                            benefits: "clear" | "partial" | "hidden";
                            contact: "clear" | "partial" | "hidden";
                            employment: "clear" | "partial" | "hidden";
                            health_insurance: "clear" | "partial" | "hidden";
                            identity: "clear" | "partial" | "hidden";
                            sensitive: "clear" | "partial" | "hidden";
                        };
                        outcome: "allow" | "deny";
                        personId: string | null;
                        /** @description stable reason code, e.g. ALLOW_ASSIGNMENT, DENY_OUT_OF_SCOPE, DENY_NOT_FOUND */
                        reason: string;
                        subject: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postDecisionsBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    action: "search" | "view" | "update" | "export";
                    /** @description the staff member's address as the application saw it */
                    clientIp?: string;
                    /** @description purpose code (mục đích xử lý) */
                    purpose: string;
                    /** @description record about to be shown (default person) */
                    record?: "person" | "participation" | "household" | "card";
                    /** @description the staff member's Khiên session token, or the access token Khiên issued to this system at single sign-on */
                    staffSession: string;
                    subjects: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        decisions: {
                            /** @description id of the audit entry recording this decision (durable before the answer) */
                            auditEntryId: string;
                            auditSeq: number;
                            fields: {
                                dateOfBirth: "clear" | "partial" | "hidden";
                                personalId: "clear" | "partial" | "hidden";
                                phone: "clear" | "partial" | "hidden";
                                salary: "clear" | "partial" | "hidden";
                                socialInsuranceNo: "clear" | "partial" | "hidden";
                                street: "clear" | "partial" | "hidden";
                            };
                            grant: {
                                id: string;
                                type: string;
                                version?: number;
                            } | null;
                            mask: {
                                address: "clear" | "partial" | "hidden";
                                benefits: "clear" | "partial" | "hidden";
                                contact: "clear" | "partial" | "hidden";
                                employment: "clear" | "partial" | "hidden";
                                health_insurance: "clear" | "partial" | "hidden";
                                identity: "clear" | "partial" | "hidden";
                                sensitive: "clear" | "partial" | "hidden";
                            };
                            outcome: "allow" | "deny";
                            personId: string | null;
                            /** @description stable reason code, e.g. ALLOW_ASSIGNMENT, DENY_OUT_OF_SCOPE, DENY_NOT_FOUND */
                            reason: string;
                            subject: string;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    detectListIngestTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        id: string;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        system: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    detectCreateIngestToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    system: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        system: string;
                        token: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    detectRevokeIngestToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        id: string;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        system: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    detectListRuleSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        defaults: {
                            [key: string]: number | string | boolean | string[];
                        };
                        description: {
                            en: string;
                            vi: string;
                        };
                        enabled: boolean;
                        id: string;
                        name: {
                            en: string;
                            vi: string;
                        };
                        overrides: {
                            [key: string]: number | string | boolean | string[];
                        };
                        reason: string | null;
                        running: {
                            [key: string]: number | string | boolean | string[];
                        };
                        severity: string;
                        updatedAt: string | null;
                        updatedBy: string | null;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    detectChangeRuleSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled: boolean;
                    params: {
                        [key: string]: number | string | boolean | string[];
                    };
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        defaults: {
                            [key: string]: number | string | boolean | string[];
                        };
                        description: {
                            en: string;
                            vi: string;
                        };
                        enabled: boolean;
                        id: string;
                        name: {
                            en: string;
                            vi: string;
                        };
                        overrides: {
                            [key: string]: number | string | boolean | string[];
                        };
                        reason: string | null;
                        running: {
                            [key: string]: number | string | boolean | string[];
                        };
                        severity: string;
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getDetectRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attack: string;
                        description: {
                            en: string;
                            vi: string;
                        };
                        id: string;
                        name: {
                            en: string;
                            vi: string;
                        };
                        params: {
                            [key: string]: number | string | boolean | string[];
                        };
                        severity: "low" | "medium" | "high" | "critical";
                        suspends: boolean;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    detectListSourceMappings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        mapping: {
                            actions: {
                                [key: string]: "search" | "view" | "update" | "export";
                            };
                            defaultPurpose?: string;
                            /** @description the application's name as shown to the insured person */
                            displayName: string;
                            fields: {
                                /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                                account: string;
                                /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                                action: string;
                                /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                                ip?: string;
                                /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                                outcome?: string;
                                /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                                person: string;
                                /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                                purpose?: string;
                                /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                                time?: string;
                            };
                            personKind: "social_insurance_no" | "personal_id" | "person_id";
                            record?: "person" | "participation" | "household" | "card";
                        };
                        system: string;
                        updatedAt: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    detectSetSourceMapping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                system: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    mapping: {
                        actions: {
                            [key: string]: "search" | "view" | "update" | "export";
                        };
                        defaultPurpose?: string;
                        /** @description the application's name as shown to the insured person */
                        displayName: string;
                        fields: {
                            /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                            account: string;
                            /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                            action: string;
                            /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                            ip?: string;
                            /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                            outcome?: string;
                            /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                            person: string;
                            /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                            purpose?: string;
                            /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                            time?: string;
                        };
                        personKind: "social_insurance_no" | "personal_id" | "person_id";
                        record?: "person" | "participation" | "household" | "card";
                    };
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        mapping: {
                            actions: {
                                [key: string]: "search" | "view" | "update" | "export";
                            };
                            defaultPurpose?: string;
                            /** @description the application's name as shown to the insured person */
                            displayName: string;
                            fields: {
                                /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                                account: string;
                                /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                                action: string;
                                /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                                ip?: string;
                                /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                                outcome?: string;
                                /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                                person: string;
                                /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                                purpose?: string;
                                /** @description field name (a dotted path in JSON lines; a key of key=value or structured data in syslog lines) */
                                time?: string;
                            };
                            personKind: "social_insurance_no" | "personal_id" | "person_id";
                            record?: "person" | "participation" | "household" | "card";
                        };
                        system: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postExternalPersonsLookup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cardCode?: string;
                    personalId?: string;
                    /** @description purpose code (mục đích xử lý) */
                    purpose: string;
                    socialInsuranceNo?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        persons: {
                            communeCode: string | null;
                            dateOfBirth: string | null;
                            fullName: string;
                            id: string;
                            masked: string[];
                            personalId: string | null;
                            phone: string | null;
                            provinceCode: string;
                            sex: "M" | "F" | (never | null);
                            socialInsuranceNo: string | null;
                            status: string;
                            street: string | null;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getGatewayCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description the purpose the application's form names */
                "x-khien-purpose"?: string;
                /** @description the staff member's Khiên session token (session cookie or bearer) */
                "x-khien-staff-session"?: string;
                /** @description the original method */
                "x-original-method"?: string;
                /** @description the original path and query ($request_uri) */
                "x-original-uri"?: string;
                /** @description the staff member's address */
                "x-real-ip"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description allowed: X-Khien-Decision, X-Khien-Reason, X-Khien-Audit-Entry, X-Khien-Mask */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governAccountability: {
        parameters: {
            query: {
                unitId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dossiers: {
                            missing: number;
                            overdueReassessment: number;
                            percent: number;
                            systems: number;
                        };
                        findings: {
                            open: number;
                            overdue: number;
                        };
                        incidents: {
                            breaches: number;
                            open: number;
                            thisYear: number;
                        };
                        recertification: {
                            lateItems: number;
                        };
                        training: {
                            overdue: number;
                            percent: number;
                            staff: number;
                        };
                        unitId: string;
                        violations: number;
                        year: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governDossierCoverage: {
        parameters: {
            query?: {
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        target: 100;
                        total: {
                            covered: number;
                            percent: number;
                            total: number;
                            unitId: string;
                        };
                        units: ({
                            covered: number;
                            percent: number;
                            total: number;
                            unitId: string;
                        } & {
                            missing: number;
                            overdueReassessment: number;
                        })[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governTrainingCoverage: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        overdue: {
                            courses: string[];
                            fullName: string;
                            /** Format: uuid */
                            staffId: string;
                            staffNo: string;
                            unitId: string;
                        }[];
                        overdueTotal: number;
                        /** @enum {number} */
                        target: 100;
                        total: {
                            covered: number;
                            percent: number;
                            total: number;
                            unitId: string;
                        };
                        units: {
                            covered: number;
                            percent: number;
                            total: number;
                            unitId: string;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governListCriteria: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        article: {
                            [key: string]: string;
                        };
                        code: string;
                        en: string;
                        level: number;
                        vi: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governGetDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appraisalBody: string | null;
                        appraisalNote: string | null;
                        /** Format: date-time */
                        appraisedAt: string | null;
                        /** Format: uuid */
                        appraisedBy: string | null;
                        approvalRef: string | null;
                        /** Format: date-time */
                        approvedAt: string | null;
                        /** Format: uuid */
                        approvedBy: string | null;
                        criteria: string[];
                        current: boolean;
                        documents: {
                            /** Format: date-time */
                            addedAt: string;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            reference: string;
                            title: string;
                        }[];
                        /** Format: date-time */
                        draftedAt: string;
                        /** Format: uuid */
                        draftedBy: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        lastReassessedAt: string | null;
                        legalBasis: "decree-331-2026" | "decree-85-2016";
                        proposedLevel: number;
                        reasoning: string;
                        /** Format: date */
                        reassessDue: string | null;
                        status: "drafted" | "appraised" | "approved" | "rejected";
                        /** Format: uuid */
                        systemId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governAppraiseDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    appraisalBody?: string;
                    externalRef?: string;
                    note: string;
                    outcome: "appraised" | "rejected";
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appraisalBody: string | null;
                        appraisalNote: string | null;
                        /** Format: date-time */
                        appraisedAt: string | null;
                        /** Format: uuid */
                        appraisedBy: string | null;
                        approvalRef: string | null;
                        /** Format: date-time */
                        approvedAt: string | null;
                        /** Format: uuid */
                        approvedBy: string | null;
                        criteria: string[];
                        current: boolean;
                        documents: {
                            /** Format: date-time */
                            addedAt: string;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            reference: string;
                            title: string;
                        }[];
                        /** Format: date-time */
                        draftedAt: string;
                        /** Format: uuid */
                        draftedBy: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        lastReassessedAt: string | null;
                        legalBasis: "decree-331-2026" | "decree-85-2016";
                        proposedLevel: number;
                        reasoning: string;
                        /** Format: date */
                        reassessDue: string | null;
                        status: "drafted" | "appraised" | "approved" | "rejected";
                        /** Format: uuid */
                        systemId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governApproveDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approvalRef: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appraisalBody: string | null;
                        appraisalNote: string | null;
                        /** Format: date-time */
                        appraisedAt: string | null;
                        /** Format: uuid */
                        appraisedBy: string | null;
                        approvalRef: string | null;
                        /** Format: date-time */
                        approvedAt: string | null;
                        /** Format: uuid */
                        approvedBy: string | null;
                        criteria: string[];
                        current: boolean;
                        documents: {
                            /** Format: date-time */
                            addedAt: string;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            reference: string;
                            title: string;
                        }[];
                        /** Format: date-time */
                        draftedAt: string;
                        /** Format: uuid */
                        draftedBy: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        lastReassessedAt: string | null;
                        legalBasis: "decree-331-2026" | "decree-85-2016";
                        proposedLevel: number;
                        reasoning: string;
                        /** Format: date */
                        reassessDue: string | null;
                        status: "drafted" | "appraised" | "approved" | "rejected";
                        /** Format: uuid */
                        systemId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governAddDossierDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kind: "general_description" | "design" | "level_proposal" | "assurance_plan" | "professional_opinion" | "risk_assessment" | "security_regulation" | "appraisal_opinion" | "approval_decision";
                    reference: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appraisalBody: string | null;
                        appraisalNote: string | null;
                        /** Format: date-time */
                        appraisedAt: string | null;
                        /** Format: uuid */
                        appraisedBy: string | null;
                        approvalRef: string | null;
                        /** Format: date-time */
                        approvedAt: string | null;
                        /** Format: uuid */
                        approvedBy: string | null;
                        criteria: string[];
                        current: boolean;
                        documents: {
                            /** Format: date-time */
                            addedAt: string;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            reference: string;
                            title: string;
                        }[];
                        /** Format: date-time */
                        draftedAt: string;
                        /** Format: uuid */
                        draftedBy: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        lastReassessedAt: string | null;
                        legalBasis: "decree-331-2026" | "decree-85-2016";
                        proposedLevel: number;
                        reasoning: string;
                        /** Format: date */
                        reassessDue: string | null;
                        status: "drafted" | "appraised" | "approved" | "rejected";
                        /** Format: uuid */
                        systemId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governReassessDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                    outcome: "confirmed" | "level_change_needed";
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appraisalBody: string | null;
                        appraisalNote: string | null;
                        /** Format: date-time */
                        appraisedAt: string | null;
                        /** Format: uuid */
                        appraisedBy: string | null;
                        approvalRef: string | null;
                        /** Format: date-time */
                        approvedAt: string | null;
                        /** Format: uuid */
                        approvedBy: string | null;
                        criteria: string[];
                        current: boolean;
                        documents: {
                            /** Format: date-time */
                            addedAt: string;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            reference: string;
                            title: string;
                        }[];
                        /** Format: date-time */
                        draftedAt: string;
                        /** Format: uuid */
                        draftedBy: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        lastReassessedAt: string | null;
                        legalBasis: "decree-331-2026" | "decree-85-2016";
                        proposedLevel: number;
                        reasoning: string;
                        /** Format: date */
                        reassessDue: string | null;
                        status: "drafted" | "appraised" | "approved" | "rejected";
                        /** Format: uuid */
                        systemId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governListDrills: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string | null;
                        findings: string[];
                        /** Format: date */
                        heldOn: string;
                        /** Format: uuid */
                        id: string;
                        lessons: string[];
                        participantMemberIds: string[];
                        scenario: string;
                        timeline: {
                            at: string;
                            what: string;
                        }[];
                        title: string;
                        unitId: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governCreateDrill: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    findings?: string[];
                    /** Format: date */
                    heldOn: string;
                    lessons?: string[];
                    participantMemberIds: string[];
                    runAsExercise?: boolean;
                    scenario: string;
                    timeline?: {
                        at: string;
                        what: string;
                    }[];
                    title: string;
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string | null;
                        findings: string[];
                        /** Format: date */
                        heldOn: string;
                        /** Format: uuid */
                        id: string;
                        lessons: string[];
                        participantMemberIds: string[];
                        scenario: string;
                        timeline: {
                            at: string;
                            what: string;
                        }[];
                        title: string;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governUpdateDrill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    findings?: string[];
                    lessons?: string[];
                    timeline?: {
                        at: string;
                        what: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string | null;
                        findings: string[];
                        /** Format: date */
                        heldOn: string;
                        /** Format: uuid */
                        id: string;
                        lessons: string[];
                        participantMemberIds: string[];
                        scenario: string;
                        timeline: {
                            at: string;
                            what: string;
                        }[];
                        title: string;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governListFindings: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                openOnly?: boolean;
                technical?: boolean;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date */
                        deadline: string;
                        description: string;
                        followUps: {
                            at: string;
                            by: string;
                            note: string;
                        }[];
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        inspectionId: string;
                        overdue: boolean;
                        /** Format: uuid */
                        ownerStaffId: string;
                        status: "open" | "in_progress" | "closed";
                        technical: boolean;
                        unitId: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governFollowUpFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                    status: "in_progress" | "closed";
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date */
                        deadline: string;
                        description: string;
                        followUps: {
                            at: string;
                            by: string;
                            note: string;
                        }[];
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        inspectionId: string;
                        overdue: boolean;
                        /** Format: uuid */
                        ownerStaffId: string;
                        status: "open" | "in_progress" | "closed";
                        technical: boolean;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governListInspections: {
        parameters: {
            query: {
                limit?: number;
                offset?: number;
                unitId?: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        doneOn: string | null;
                        /** Format: uuid */
                        id: string;
                        leadInspector: string;
                        /** Format: date */
                        plannedOn: string;
                        summary: string | null;
                        unitId: string;
                        year: number;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governPlanInspection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    leadInspector: string;
                    /** Format: date */
                    plannedOn: string;
                    unitId: string;
                    year: number;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        doneOn: string | null;
                        /** Format: uuid */
                        id: string;
                        leadInspector: string;
                        /** Format: date */
                        plannedOn: string;
                        summary: string | null;
                        unitId: string;
                        year: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governAddFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    deadline: string;
                    description: string;
                    /** Format: uuid */
                    ownerStaffId: string;
                    technical: boolean;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        closedAt: string | null;
                        /** Format: date */
                        deadline: string;
                        description: string;
                        followUps: {
                            at: string;
                            by: string;
                            note: string;
                        }[];
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        inspectionId: string;
                        overdue: boolean;
                        /** Format: uuid */
                        ownerStaffId: string;
                        status: "open" | "in_progress" | "closed";
                        technical: boolean;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governRecordInspectionVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    doneOn: string;
                    summary: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        doneOn: string | null;
                        /** Format: uuid */
                        id: string;
                        leadInspector: string;
                        /** Format: date */
                        plannedOn: string;
                        summary: string | null;
                        unitId: string;
                        year: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governListPlanTasks: {
        parameters: {
            query?: {
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        cooperatingUnits: string;
                        deadline: string;
                        /** Format: date */
                        dueOn: string | null;
                        expectedResult: string;
                        groupTitle: string;
                        /** Format: uuid */
                        id: string;
                        leadUnit: string;
                        progress: {
                            evidence: string;
                            status: "not_started" | "in_progress" | "done";
                            unitId: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        task: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governSetTaskProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    evidence: string;
                    status: "not_started" | "in_progress" | "done";
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        cooperatingUnits: string;
                        deadline: string;
                        /** Format: date */
                        dueOn: string | null;
                        expectedResult: string;
                        groupTitle: string;
                        /** Format: uuid */
                        id: string;
                        leadUnit: string;
                        progress: {
                            evidence: string;
                            status: "not_started" | "in_progress" | "done";
                            unitId: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        task: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governListRecertifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counts: {
                            items: number;
                            kept: number;
                            late: number;
                            proposedRevocations: number;
                            revoked: number;
                            undecided: number;
                        };
                        /** Format: date-time */
                        deadline: string;
                        /** Format: uuid */
                        id: string;
                        kinds: string[];
                        status: "open" | "closed";
                        title: string;
                        unitId: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governOpenRecertification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    deadline: string;
                    kinds: ("vpn_account" | "device" | "role_grant" | "assignment")[];
                    title: string;
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counts: {
                            items: number;
                            kept: number;
                            late: number;
                            proposedRevocations: number;
                            revoked: number;
                            undecided: number;
                        };
                        /** Format: date-time */
                        deadline: string;
                        /** Format: uuid */
                        id: string;
                        kinds: string[];
                        status: "open" | "closed";
                        title: string;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governGetRecertification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaign: {
                            counts: {
                                items: number;
                                kept: number;
                                late: number;
                                proposedRevocations: number;
                                revoked: number;
                                undecided: number;
                            };
                            /** Format: date-time */
                            deadline: string;
                            /** Format: uuid */
                            id: string;
                            kinds: string[];
                            status: "open" | "closed";
                            title: string;
                            unitId: string;
                        };
                        items: {
                            /** Format: uuid */
                            accountId: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decision: ("keep" | "revoke") | (never | null);
                            /** Format: uuid */
                            id: string;
                            kind: "vpn_account" | "device" | "role_grant" | "assignment";
                            label: string;
                            late: boolean;
                            proposal: ("keep" | "revoke") | (never | null);
                            proposalReason: string | null;
                            reason: string | null;
                            targetId: string;
                            unitId: string;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governCloseRecertification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counts: {
                            items: number;
                            kept: number;
                            late: number;
                            proposedRevocations: number;
                            revoked: number;
                            undecided: number;
                        };
                        /** Format: date-time */
                        deadline: string;
                        /** Format: uuid */
                        id: string;
                        kinds: string[];
                        status: "open" | "closed";
                        title: string;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governDecideRecertificationItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decision: "keep" | "revoke";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string | null;
                        /** Format: date-time */
                        decidedAt: string | null;
                        decision: ("keep" | "revoke") | (never | null);
                        /** Format: uuid */
                        id: string;
                        kind: "vpn_account" | "device" | "role_grant" | "assignment";
                        label: string;
                        late: boolean;
                        proposal: ("keep" | "revoke") | (never | null);
                        proposalReason: string | null;
                        reason: string | null;
                        targetId: string;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governListReports: {
        parameters: {
            query: {
                kind?: "six_monthly_h1" | "six_monthly_h2" | "yearly";
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        assembledAt: string;
                        contentSha256: string;
                        /** Format: date */
                        dueOn: string;
                        /** Format: uuid */
                        id: string;
                        kind: "six_monthly_h1" | "six_monthly_h2" | "yearly";
                        signature: string | null;
                        /** Format: date-time */
                        signedAt: string | null;
                        /** Format: uuid */
                        signedBy: string | null;
                        /** Format: uuid */
                        signingKeyId: string | null;
                        status: "draft" | "signed";
                        unitId: string;
                        year: number;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governAssembleReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kind: "six_monthly_h1" | "six_monthly_h2" | "yearly";
                    unitId: string;
                    year: number;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        assembledAt: string;
                        content: {
                            [key: string]: unknown;
                        };
                        contentSha256: string;
                        /** Format: date */
                        dueOn: string;
                        /** Format: uuid */
                        id: string;
                        kind: "six_monthly_h1" | "six_monthly_h2" | "yearly";
                        signature: string | null;
                        /** Format: date-time */
                        signedAt: string | null;
                        /** Format: uuid */
                        signedBy: string | null;
                        /** Format: uuid */
                        signingKeyId: string | null;
                        status: "draft" | "signed";
                        unitId: string;
                        year: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governGetReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        assembledAt: string;
                        content: {
                            [key: string]: unknown;
                        };
                        contentSha256: string;
                        /** Format: date */
                        dueOn: string;
                        /** Format: uuid */
                        id: string;
                        kind: "six_monthly_h1" | "six_monthly_h2" | "yearly";
                        signature: string | null;
                        /** Format: date-time */
                        signedAt: string | null;
                        /** Format: uuid */
                        signedBy: string | null;
                        /** Format: uuid */
                        signingKeyId: string | null;
                        status: "draft" | "signed";
                        unitId: string;
                        year: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governReportPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description application/pdf */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governSignReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    keyId: string;
                    /** @description Ed25519 signature over the canonical JSON, base64 */
                    signature: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        assembledAt: string;
                        content: {
                            [key: string]: unknown;
                        };
                        contentSha256: string;
                        /** Format: date */
                        dueOn: string;
                        /** Format: uuid */
                        id: string;
                        kind: "six_monthly_h1" | "six_monthly_h2" | "yearly";
                        signature: string | null;
                        /** Format: date-time */
                        signedAt: string | null;
                        /** Format: uuid */
                        signedBy: string | null;
                        /** Format: uuid */
                        signingKeyId: string | null;
                        status: "draft" | "signed";
                        unitId: string;
                        year: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governReportSigningPayload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canonical: string;
                        sha256: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governVerifyReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contentSha256: string;
                        fingerprint: string | null;
                        /** Format: uuid */
                        signedBy: string | null;
                        valid: boolean;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governReportRollup: {
        parameters: {
            query: {
                kind: "six_monthly_h1" | "six_monthly_h2" | "yearly";
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        dueOn: string;
                        totals: {
                            late: number;
                            missing: number;
                            signed: number;
                            units: number;
                        };
                        units: {
                            dossierPercent: number | null;
                            late: boolean;
                            name: string;
                            status: "missing" | "draft" | "signed";
                            tasksDone: number | null;
                            trainingPercent: number | null;
                            unitId: string;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governListSystems: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assetIds: string[];
                        code: string;
                        description: string;
                        dossier: {
                            appraisalBody: string | null;
                            appraisalNote: string | null;
                            /** Format: date-time */
                            appraisedAt: string | null;
                            /** Format: uuid */
                            appraisedBy: string | null;
                            approvalRef: string | null;
                            /** Format: date-time */
                            approvedAt: string | null;
                            /** Format: uuid */
                            approvedBy: string | null;
                            criteria: string[];
                            current: boolean;
                            documents: {
                                /** Format: date-time */
                                addedAt: string;
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                reference: string;
                                title: string;
                            }[];
                            /** Format: date-time */
                            draftedAt: string;
                            /** Format: uuid */
                            draftedBy: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            lastReassessedAt: string | null;
                            legalBasis: "decree-331-2026" | "decree-85-2016";
                            proposedLevel: number;
                            reasoning: string;
                            /** Format: date */
                            reassessDue: string | null;
                            status: "drafted" | "appraised" | "approved" | "rejected";
                            /** Format: uuid */
                            systemId: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        ownerUnitId: string;
                        systemType: "internal" | "citizen_services" | "infrastructure" | "industrial_control" | "other";
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governCreateSystem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assetIds?: string[];
                    code: string;
                    description: string;
                    name: string;
                    ownerUnitId: string;
                    systemType: "internal" | "citizen_services" | "infrastructure" | "industrial_control" | "other";
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assetIds: string[];
                        code: string;
                        description: string;
                        dossier: {
                            appraisalBody: string | null;
                            appraisalNote: string | null;
                            /** Format: date-time */
                            appraisedAt: string | null;
                            /** Format: uuid */
                            appraisedBy: string | null;
                            approvalRef: string | null;
                            /** Format: date-time */
                            approvedAt: string | null;
                            /** Format: uuid */
                            approvedBy: string | null;
                            criteria: string[];
                            current: boolean;
                            documents: {
                                /** Format: date-time */
                                addedAt: string;
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                reference: string;
                                title: string;
                            }[];
                            /** Format: date-time */
                            draftedAt: string;
                            /** Format: uuid */
                            draftedBy: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            lastReassessedAt: string | null;
                            legalBasis: "decree-331-2026" | "decree-85-2016";
                            proposedLevel: number;
                            reasoning: string;
                            /** Format: date */
                            reassessDue: string | null;
                            status: "drafted" | "appraised" | "approved" | "rejected";
                            /** Format: uuid */
                            systemId: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        ownerUnitId: string;
                        systemType: "internal" | "citizen_services" | "infrastructure" | "industrial_control" | "other";
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governSetSystemAssets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assetIds: string[];
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governDraftDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    criteria: string[];
                    legalBasis: "decree-331-2026" | "decree-85-2016";
                    proposedLevel: number;
                    reasoning: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appraisalBody: string | null;
                        appraisalNote: string | null;
                        /** Format: date-time */
                        appraisedAt: string | null;
                        /** Format: uuid */
                        appraisedBy: string | null;
                        approvalRef: string | null;
                        /** Format: date-time */
                        approvedAt: string | null;
                        /** Format: uuid */
                        approvedBy: string | null;
                        criteria: string[];
                        current: boolean;
                        documents: {
                            /** Format: date-time */
                            addedAt: string;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            reference: string;
                            title: string;
                        }[];
                        /** Format: date-time */
                        draftedAt: string;
                        /** Format: uuid */
                        draftedBy: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        lastReassessedAt: string | null;
                        legalBasis: "decree-331-2026" | "decree-85-2016";
                        proposedLevel: number;
                        reasoning: string;
                        /** Format: date */
                        reassessDue: string | null;
                        status: "drafted" | "appraised" | "approved" | "rejected";
                        /** Format: uuid */
                        systemId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governDedicatedOfficerCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dedicatedOfficers: number;
                        members: number;
                        name: string;
                        status: "green" | "red";
                        unitId: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governListTeamMeetings: {
        parameters: {
            query: {
                limit?: number;
                offset?: number;
                unitId?: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meetings: {
                            attendeeMemberIds: string[];
                            decisions: string[];
                            /** Format: date */
                            heldOn: string;
                            /** Format: uuid */
                            id: string;
                            unitId: string;
                        }[];
                        quarters: {
                            due: boolean;
                            meetings: number;
                            ok: boolean;
                            quarter: number;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governAddTeamMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attendeeMemberIds: string[];
                    decisions: string[];
                    /** Format: date */
                    heldOn: string;
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governListTeamMembers: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dedicated: boolean;
                        fullName: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: date */
                        joinedOn: string;
                        /** Format: date */
                        leftOn: string | null;
                        qualifications: string[];
                        /** Format: uuid */
                        staffId: string;
                        staffNo: string;
                        teamRole: "leader" | "member";
                        unitId: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governAddTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dedicated: boolean;
                    /** Format: date */
                    joinedOn: string;
                    qualifications: string[];
                    /** Format: uuid */
                    staffId: string;
                    teamRole: "leader" | "member";
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dedicated: boolean;
                        fullName: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: date */
                        joinedOn: string;
                        /** Format: date */
                        leftOn: string | null;
                        qualifications: string[];
                        /** Format: uuid */
                        staffId: string;
                        staffNo: string;
                        teamRole: "leader" | "member";
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governEndTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    leftOn: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governImportAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contentBase64: string;
                    dryRun?: boolean;
                    format: "csv" | "xlsx";
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        added: number;
                        dryRun: boolean;
                        rows: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governListCourses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        mandatoryFor: string[];
                        title: string;
                        validityMonths: number;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governCreateCourse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    kind: "course" | "briefing";
                    mandatoryFor: ("*" | "staff" | "unit_head" | "security_officer" | "central_security_admin" | "auditor" | "system_admin")[];
                    title: string;
                    validityMonths: number;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governListUnits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        kind: string;
                        name: string;
                        parentId: string | null;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governListViolations: {
        parameters: {
            query: {
                from: string;
                limit?: number;
                offset?: number;
                to: string;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        description: string;
                        fullName: string;
                        /** Format: uuid */
                        id: string;
                        measures: string;
                        /** Format: date */
                        occurredOn: string;
                        source: string;
                        sourceRef: string;
                        /** Format: uuid */
                        staffId: string;
                        staffNo: string;
                        unitId: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    governRecordViolation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description: string;
                    measures: string;
                    /** Format: date */
                    occurredOn: string;
                    source: "case" | "inspection" | "alert";
                    sourceRef: string;
                    /** Format: uuid */
                    staffId: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postIngestEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    events: (string | {
                        [key: string]: unknown;
                    })[];
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accepted: number;
                        rejected: number;
                        rejections: {
                            index: number;
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getIngestRejected: {
        parameters: {
            query: {
                channel?: "syslog_udp" | "syslog_tcp" | "http";
                lang?: "vi" | "en";
                limit: number;
                offset: number;
                reason?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byReason: {
                            n: number;
                            reason: string;
                        }[];
                        counters: {
                            [key: string]: number;
                        };
                        items: {
                            channel: string;
                            id: string;
                            line: string;
                            reason: string;
                            receivedAt: string;
                            source: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getMonitoringSummary: {
        parameters: {
            query: {
                bucket: "hour" | "day";
                from?: string;
                lang?: "vi" | "en";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bucket: string;
                        buckets: {
                            byRule: {
                                [key: string]: number;
                            };
                            bySeverity: {
                                critical: number;
                                high: number;
                                low: number;
                                medium: number;
                            };
                            byUnit: {
                                [key: string]: number;
                            };
                            start: string;
                            total: number;
                        }[];
                        from: string;
                        overdue: {
                            accountId: string | null;
                            dueAt: string;
                            id: string;
                            minutesOverdue: number;
                            ruleId: string;
                            severity: "low" | "medium" | "high" | "critical";
                            unitId: string | null;
                        }[];
                        riskiestAccounts: {
                            accountId: string;
                            alerts: number;
                            score: number;
                            topRule: string;
                            unitId: string | null;
                        }[];
                        to: string;
                        totals: {
                            alerts: number;
                            bySeverity: {
                                critical: number;
                                high: number;
                                low: number;
                                medium: number;
                            };
                            byStatus: {
                                [key: string]: number;
                            };
                        };
                        truncated: boolean;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureListAssets: {
        parameters: {
            query: {
                kind?: "server" | "workstation" | "network_device" | "security_device" | "application";
                limit: number;
                offset: number;
                q?: string;
                status?: "active" | "maintenance" | "decommissioned";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        deviceId: string | null;
                        /** @enum {string} */
                        exposure: "internet" | "agency_network" | "isolated";
                        /** Format: uuid */
                        id: string;
                        infoSystem: string | null;
                        /** @enum {string} */
                        kind: "server" | "workstation" | "network_device" | "security_device" | "application";
                        /** Format: date-time */
                        lastCheckInAt: string | null;
                        name: string;
                        os: string | null;
                        osVersion: string | null;
                        ref: string | null;
                        responsibleStaffId: string | null;
                        securityLevel: number | null;
                        software: {
                            product: string;
                            version: string;
                        }[];
                        /** @enum {string} */
                        status: "active" | "maintenance" | "decommissioned";
                        unitId: string;
                        /** Format: date-time */
                        updatedAt: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureCreateAsset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string;
                    /** Format: uuid */
                    deviceId?: string;
                    /** @enum {string} */
                    exposure: "internet" | "agency_network" | "isolated";
                    infoSystem?: string;
                    /** @enum {string} */
                    kind: "server" | "workstation" | "network_device" | "security_device" | "application";
                    name: string;
                    os?: string;
                    osVersion?: string;
                    ref?: string;
                    responsibleStaffNo?: string;
                    securityLevel?: number;
                    software?: {
                        product: string;
                        version: string;
                    }[];
                    /** @enum {string} */
                    status?: "active" | "maintenance" | "decommissioned";
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        deviceId: string | null;
                        /** @enum {string} */
                        exposure: "internet" | "agency_network" | "isolated";
                        /** Format: uuid */
                        id: string;
                        infoSystem: string | null;
                        /** @enum {string} */
                        kind: "server" | "workstation" | "network_device" | "security_device" | "application";
                        /** Format: date-time */
                        lastCheckInAt: string | null;
                        name: string;
                        os: string | null;
                        osVersion: string | null;
                        ref: string | null;
                        responsibleStaffId: string | null;
                        securityLevel: number | null;
                        software: {
                            product: string;
                            version: string;
                        }[];
                        /** @enum {string} */
                        status: "active" | "maintenance" | "decommissioned";
                        unitId: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureGetAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        deviceId: string | null;
                        /** @enum {string} */
                        exposure: "internet" | "agency_network" | "isolated";
                        /** Format: uuid */
                        id: string;
                        infoSystem: string | null;
                        /** @enum {string} */
                        kind: "server" | "workstation" | "network_device" | "security_device" | "application";
                        /** Format: date-time */
                        lastCheckInAt: string | null;
                        name: string;
                        os: string | null;
                        osVersion: string | null;
                        ref: string | null;
                        responsibleStaffId: string | null;
                        securityLevel: number | null;
                        software: {
                            product: string;
                            version: string;
                        }[];
                        /** @enum {string} */
                        status: "active" | "maintenance" | "decommissioned";
                        unitId: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureUpdateAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string;
                    /** Format: uuid */
                    deviceId?: string;
                    /** @enum {string} */
                    exposure?: "internet" | "agency_network" | "isolated";
                    infoSystem?: string;
                    /** @enum {string} */
                    kind?: "server" | "workstation" | "network_device" | "security_device" | "application";
                    name?: string;
                    os?: string;
                    osVersion?: string;
                    ref?: string;
                    responsibleStaffNo?: string;
                    securityLevel?: number;
                    software?: {
                        product: string;
                        version: string;
                    }[];
                    /** @enum {string} */
                    status?: "active" | "maintenance" | "decommissioned";
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        deviceId: string | null;
                        /** @enum {string} */
                        exposure: "internet" | "agency_network" | "isolated";
                        /** Format: uuid */
                        id: string;
                        infoSystem: string | null;
                        /** @enum {string} */
                        kind: "server" | "workstation" | "network_device" | "security_device" | "application";
                        /** Format: date-time */
                        lastCheckInAt: string | null;
                        name: string;
                        os: string | null;
                        osVersion: string | null;
                        ref: string | null;
                        responsibleStaffId: string | null;
                        securityLevel: number | null;
                        software: {
                            product: string;
                            version: string;
                        }[];
                        /** @enum {string} */
                        status: "active" | "maintenance" | "decommissioned";
                        unitId: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureImportAssets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contentBase64: string;
                    /** @default true */
                    dryRun: boolean;
                    /** @enum {string} */
                    format: "csv" | "xlsx";
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        dryRun: boolean;
                        errors: {
                            field: string;
                            reason: string;
                            row: number;
                        }[];
                        rows: number;
                        updated: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureCreateFeedToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    system: string;
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        token: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureListFindings: {
        parameters: {
            query: {
                assetId?: string;
                kind?: "vulnerability" | "malware";
                limit: number;
                offset: number;
                severity?: "low" | "medium" | "high" | "critical";
                state?: "open" | "in_progress" | "fixed" | "accepted_risk" | "false_positive";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acceptedBy: string | null;
                        /** Format: date-time */
                        acceptedUntil: string | null;
                        /** Format: date-time */
                        alertRequestedAt: string | null;
                        assetId: string | null;
                        cve: string | null;
                        cvss: number | null;
                        /** Format: date-time */
                        dueAt: string;
                        /** Format: date-time */
                        escalatedAt: string | null;
                        /** Format: date-time */
                        fixedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "vulnerability" | "malware";
                        /** Format: date-time */
                        openedAt: string;
                        overdue: boolean;
                        ownerAccountId: string | null;
                        product: string | null;
                        productVersion: string | null;
                        reason: string | null;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        source: string;
                        /** @enum {string} */
                        state: "open" | "in_progress" | "fixed" | "accepted_risk" | "false_positive";
                        title: string;
                        unitId: string;
                        /** Format: date-time */
                        updatedAt: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureCreateFinding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    assetId?: string;
                    cve?: string;
                    cvss?: number;
                    /** @enum {string} */
                    kind: "vulnerability" | "malware";
                    /** Format: uuid */
                    ownerAccountId?: string;
                    product?: string;
                    productVersion?: string;
                    /** @enum {string} */
                    severity?: "low" | "medium" | "high" | "critical";
                    title: string;
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acceptedBy: string | null;
                        /** Format: date-time */
                        acceptedUntil: string | null;
                        /** Format: date-time */
                        alertRequestedAt: string | null;
                        assetId: string | null;
                        cve: string | null;
                        cvss: number | null;
                        /** Format: date-time */
                        dueAt: string;
                        /** Format: date-time */
                        escalatedAt: string | null;
                        /** Format: date-time */
                        fixedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "vulnerability" | "malware";
                        /** Format: date-time */
                        openedAt: string;
                        overdue: boolean;
                        ownerAccountId: string | null;
                        product: string | null;
                        productVersion: string | null;
                        reason: string | null;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        source: string;
                        /** @enum {string} */
                        state: "open" | "in_progress" | "fixed" | "accepted_risk" | "false_positive";
                        title: string;
                        unitId: string;
                        /** Format: date-time */
                        updatedAt: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureGetFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acceptedBy: string | null;
                        /** Format: date-time */
                        acceptedUntil: string | null;
                        /** Format: date-time */
                        alertRequestedAt: string | null;
                        assetId: string | null;
                        cve: string | null;
                        cvss: number | null;
                        /** Format: date-time */
                        dueAt: string;
                        /** Format: date-time */
                        escalatedAt: string | null;
                        evidence: {
                            accountId: string | null;
                            /** Format: date-time */
                            at: string;
                            fileName: string | null;
                            /** Format: uuid */
                            id: string;
                            note: string;
                            sha256: string | null;
                        }[];
                        /** Format: date-time */
                        fixedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "vulnerability" | "malware";
                        /** Format: date-time */
                        openedAt: string;
                        overdue: boolean;
                        ownerAccountId: string | null;
                        product: string | null;
                        productVersion: string | null;
                        reason: string | null;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        source: string;
                        /** @enum {string} */
                        state: "open" | "in_progress" | "fixed" | "accepted_risk" | "false_positive";
                        title: string;
                        unitId: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureAddFindingEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fileName?: string;
                    note: string;
                    sha256?: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acceptedBy: string | null;
                        /** Format: date-time */
                        acceptedUntil: string | null;
                        /** Format: date-time */
                        alertRequestedAt: string | null;
                        assetId: string | null;
                        cve: string | null;
                        cvss: number | null;
                        /** Format: date-time */
                        dueAt: string;
                        /** Format: date-time */
                        escalatedAt: string | null;
                        evidence: {
                            accountId: string | null;
                            /** Format: date-time */
                            at: string;
                            fileName: string | null;
                            /** Format: uuid */
                            id: string;
                            note: string;
                            sha256: string | null;
                        }[];
                        /** Format: date-time */
                        fixedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "vulnerability" | "malware";
                        /** Format: date-time */
                        openedAt: string;
                        overdue: boolean;
                        ownerAccountId: string | null;
                        product: string | null;
                        productVersion: string | null;
                        reason: string | null;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        source: string;
                        /** @enum {string} */
                        state: "open" | "in_progress" | "fixed" | "accepted_risk" | "false_positive";
                        title: string;
                        unitId: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureTransitionFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    acceptedUntil?: string;
                    /** Format: uuid */
                    ownerAccountId?: string;
                    reason?: string;
                    /** @enum {string} */
                    to: "open" | "in_progress" | "fixed" | "accepted_risk" | "false_positive";
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acceptedBy: string | null;
                        /** Format: date-time */
                        acceptedUntil: string | null;
                        /** Format: date-time */
                        alertRequestedAt: string | null;
                        assetId: string | null;
                        cve: string | null;
                        cvss: number | null;
                        /** Format: date-time */
                        dueAt: string;
                        /** Format: date-time */
                        escalatedAt: string | null;
                        /** Format: date-time */
                        fixedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "vulnerability" | "malware";
                        /** Format: date-time */
                        openedAt: string;
                        overdue: boolean;
                        ownerAccountId: string | null;
                        product: string | null;
                        productVersion: string | null;
                        reason: string | null;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        source: string;
                        /** @enum {string} */
                        state: "open" | "in_progress" | "fixed" | "accepted_risk" | "false_positive";
                        title: string;
                        unitId: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureImportFindings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contentBase64: string;
                    /** @default true */
                    dryRun: boolean;
                    /** @enum {string} */
                    format: "csv" | "xlsx";
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        dryRun: boolean;
                        errors: {
                            field: string;
                            reason: string;
                            row: number;
                        }[];
                        matched: number;
                        rows: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureListOverdueFindings: {
        parameters: {
            query?: {
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acceptedBy: string | null;
                        /** Format: date-time */
                        acceptedUntil: string | null;
                        /** Format: date-time */
                        alertRequestedAt: string | null;
                        assetId: string | null;
                        cve: string | null;
                        cvss: number | null;
                        /** Format: date-time */
                        dueAt: string;
                        /** Format: date-time */
                        escalatedAt: string | null;
                        /** Format: date-time */
                        fixedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "vulnerability" | "malware";
                        /** Format: date-time */
                        openedAt: string;
                        overdue: boolean;
                        ownerAccountId: string | null;
                        product: string | null;
                        productVersion: string | null;
                        reason: string | null;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                        source: string;
                        /** @enum {string} */
                        state: "open" | "in_progress" | "fixed" | "accepted_risk" | "false_positive";
                        title: string;
                        unitId: string;
                        /** Format: date-time */
                        updatedAt: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureImportScannerReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: string;
                    /** @default true */
                    dryRun: boolean;
                    /** @enum {string} */
                    format: "openvas-xml";
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        dryRun: boolean;
                        errors: {
                            field: string;
                            reason: string;
                            row: number;
                        }[];
                        matched: number;
                        rows: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureIngestAssets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assets: {
                        [key: string]: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        rejected: {
                            field: string;
                            reason: string;
                            row: number;
                        }[];
                        updated: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureGetPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        criticalDays: number;
                        definedOn: string | null;
                        highDays: number;
                        lowDays: number;
                        mediumDays: number;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureSetPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    criticalDays: number;
                    highDays: number;
                    lowDays: number;
                    mediumDays: number;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        criticalDays: number;
                        definedOn: string | null;
                        highDays: number;
                        lowDays: number;
                        mediumDays: number;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureListReports: {
        parameters: {
            query?: {
                month?: string;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contentHash: string | null;
                        /** Format: date-time */
                        generatedAt: string;
                        /** Format: uuid */
                        id: string;
                        month: string;
                        /** Format: date-time */
                        signedAt: string | null;
                        signedBy: string | null;
                        status: string;
                        unitId: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureGenerateReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    month: string;
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canonical: string;
                        content: unknown;
                        contentHash: string | null;
                        /** Format: date-time */
                        generatedAt: string;
                        /** Format: uuid */
                        id: string;
                        month: string;
                        /** Format: date-time */
                        signedAt: string | null;
                        signedBy: string | null;
                        status: string;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureGetReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canonical: string;
                        content: unknown;
                        contentHash: string | null;
                        /** Format: date-time */
                        generatedAt: string;
                        /** Format: uuid */
                        id: string;
                        month: string;
                        /** Format: date-time */
                        signedAt: string | null;
                        signedBy: string | null;
                        status: string;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureReportPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureSignReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    signature: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canonical: string;
                        content: unknown;
                        contentHash: string | null;
                        /** Format: date-time */
                        generatedAt: string;
                        /** Format: uuid */
                        id: string;
                        month: string;
                        /** Format: date-time */
                        signedAt: string | null;
                        signedBy: string | null;
                        status: string;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureVerifyReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditRecorded: boolean;
                        contentHash: string | null;
                        contentUnchanged: boolean;
                        signatureValid: boolean;
                        valid: boolean;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureReportRollup: {
        parameters: {
            query: {
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        signedAt: string | null;
                        /** @enum {string} */
                        status: "missing" | "draft" | "signed";
                        unitId: string;
                        unitName: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureRegisterSigningKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Raw 32-byte Ed25519 public key, base64 */
                    publicKey: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        createdAt: string;
                        fingerprint: string;
                        /** Format: uuid */
                        id: string;
                        publicKey: string;
                        revokedAt: string | null;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureListWarningLists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        confirmBy: string;
                        /** Format: uuid */
                        id: string;
                        indicatorCount: number;
                        /** Format: date-time */
                        issuedAt: string;
                        overdue: boolean;
                        pendingUnits: string[];
                        source: string;
                        title: string;
                        unitIds: string[];
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureIssueWarningList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    confirmBy: string;
                    indicators: {
                        /** @enum {string} */
                        kind: "ip" | "domain" | "hash" | "account";
                        reason: string;
                        /** Format: date-time */
                        validUntil?: string;
                        value: string;
                    }[];
                    source: string;
                    title: string;
                    unitIds: string[];
                    /** Format: date-time */
                    validUntil: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        confirmBy: string;
                        /** Format: uuid */
                        id: string;
                        indicatorCount: number;
                        /** Format: date-time */
                        issuedAt: string;
                        overdue: boolean;
                        pendingUnits: string[];
                        source: string;
                        title: string;
                        unitIds: string[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureGetWarningList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        confirmations: {
                            /** Format: date-time */
                            confirmedAt: string;
                            confirmedBy: string;
                            found: boolean;
                            note: string | null;
                            unitId: string;
                        }[];
                        /** Format: date-time */
                        confirmBy: string;
                        /** Format: uuid */
                        id: string;
                        indicatorCount: number;
                        indicators: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "ip" | "domain" | "hash" | "account";
                            reason: string;
                            /** Format: date-time */
                            validFrom: string;
                            /** Format: date-time */
                            validUntil: string;
                            value: string;
                        }[];
                        /** Format: date-time */
                        issuedAt: string;
                        overdue: boolean;
                        pendingUnits: string[];
                        source: string;
                        title: string;
                        unitIds: string[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureWarningListAccountMatches: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        /** Format: uuid */
                        indicatorId: string;
                        status: string;
                        unitId: string | null;
                        value: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postureConfirmWarningList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    found: boolean;
                    note?: string;
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        confirmations: {
                            /** Format: date-time */
                            confirmedAt: string;
                            confirmedBy: string;
                            found: boolean;
                            note: string | null;
                            unitId: string;
                        }[];
                        /** Format: date-time */
                        confirmBy: string;
                        /** Format: uuid */
                        id: string;
                        indicatorCount: number;
                        indicators: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "ip" | "domain" | "hash" | "account";
                            reason: string;
                            /** Format: date-time */
                            validFrom: string;
                            /** Format: date-time */
                            validUntil: string;
                            value: string;
                        }[];
                        /** Format: date-time */
                        issuedAt: string;
                        overdue: boolean;
                        pendingUnits: string[];
                        source: string;
                        title: string;
                        unitIds: string[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getRegistryPersonsByPersonId: {
        parameters: {
            query: {
                /** @description purpose code (mục đích xử lý) */
                purpose: string;
            };
            header?: never;
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        communeCode: string | null;
                        dateOfBirth: string | null;
                        fullName: string;
                        id: string;
                        masked: string[];
                        personalId: string | null;
                        phone: string | null;
                        provinceCode: string;
                        sex: "M" | "F" | (never | null);
                        socialInsuranceNo: string | null;
                        status: string;
                        street: string | null;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getRegistryPersonsByPersonIdCards: {
        parameters: {
            query: {
                /** @description purpose code (mục đích xử lý) */
                purpose: string;
            };
            header?: never;
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cards: {
                            benefitLevel: number | null;
                            cardCode: string;
                            fiveYearsDate: string | null;
                            groupCode: string;
                            registeredClinicCode: string;
                            registeredClinicName: string;
                            validFrom: string;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    patchRegistryPersonsByPersonIdContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    communeCode?: string;
                    phone?: string | null;
                    /** @description purpose code (mục đích xử lý) */
                    purpose: string;
                    reason: string;
                    street?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        communeCode: string | null;
                        dateOfBirth: string | null;
                        fullName: string;
                        id: string;
                        masked: string[];
                        personalId: string | null;
                        phone: string | null;
                        provinceCode: string;
                        sex: "M" | "F" | (never | null);
                        socialInsuranceNo: string | null;
                        status: string;
                        street: string | null;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getRegistryPersonsByPersonIdHousehold: {
        parameters: {
            query: {
                /** @description purpose code (mục đích xử lý) */
                purpose: string;
            };
            header?: never;
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        household: {
                            code: string;
                            communeCode: string | null;
                            /** @description Only the members the caller may see; nothing else of the others is described. */
                            members: {
                                person: {
                                    communeCode: string | null;
                                    dateOfBirth: string | null;
                                    fullName: string;
                                    id: string;
                                    masked: string[];
                                    personalId: string | null;
                                    phone: string | null;
                                    provinceCode: string;
                                    sex: "M" | "F" | (never | null);
                                    socialInsuranceNo: string | null;
                                    status: string;
                                    street: string | null;
                                };
                                relation: string;
                            }[];
                            /** @description Members outside the caller’s assignment, only for purposes that need the size of the household */
                            othersOutsideScope?: number;
                            provinceCode: string;
                        } | null;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getRegistryPersonsByPersonIdParticipation: {
        parameters: {
            query: {
                /** @description purpose code (mục đích xử lý) */
                purpose: string;
            };
            header?: never;
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        periods: {
                            allowances: number | null;
                            contractType: string;
                            employerCode: string;
                            employerName: string;
                            fromMonth: string;
                            insuranceTypes: string[];
                            jobTitle: string | null;
                            salaryBasis: number | null;
                            toMonth: string | null;
                        }[];
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postRegistryPersonsByPersonIdUnmask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    field: "personalId" | "socialInsuranceNo" | "dateOfBirth" | "phone" | "street" | "salary";
                    justification: string;
                    /** @description purpose code (mục đích xử lý) */
                    purpose: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        field: string;
                        personId: string;
                        value: string | number | (never | null);
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postRegistrySearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cardCode?: string;
                    /** Format: date */
                    dateOfBirth?: string;
                    fullName?: string;
                    personalId?: string;
                    /** @description purpose code (mục đích xử lý) */
                    purpose: string;
                    socialInsuranceNo?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rows: {
                            communeCode: string | null;
                            dateOfBirth: string | null;
                            fullName: string;
                            id: string;
                            personalId: string | null;
                            provinceCode: string;
                        }[];
                        truncated: boolean;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getRespondNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string | null;
                        createdAt: string;
                        id: string;
                        kind: string;
                        message: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getRespondOnDuty: {
        parameters: {
            query: {
                lang?: "vi" | "en";
                unitId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        /** Format: date-time */
                        endsAt: string;
                        primary: boolean;
                        rosterUnitId: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getRespondRoster: {
        parameters: {
            query: {
                from: string;
                lang?: "vi" | "en";
                to: string;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** Format: uuid */
                        id: string;
                        primary: boolean;
                        /** Format: date-time */
                        startsAt: string;
                        unitId: string;
                    }[];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postRespondRoster: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    accountId: string;
                    /** Format: date-time */
                    endsAt: string;
                    primary?: boolean;
                    /** Format: date-time */
                    startsAt: string;
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** Format: uuid */
                        id: string;
                        primary: boolean;
                        /** Format: date-time */
                        startsAt: string;
                        unitId: string;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteRespondRosterByDutyId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dutyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postRespondSocSend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    since: string;
                    transport?: "tcp" | "udp";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alerts: number;
                        cases: number;
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getRespondStix: {
        parameters: {
            query: {
                lang?: "vi" | "en";
                since: string;
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSecurityDashboard: {
        parameters: {
            query?: {
                /** @description Reads per hour (at most 31 days) or per day (at most 366 days) */
                bucket?: "hour" | "day";
                /** @description Start of the period (default: 24 hours, or 30 days by day, before `to`) */
                from?: string;
                lang?: "vi" | "en";
                /** @description End of the period (default: now) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        breaches: {
                            caseId: string;
                            deadlineAt: string;
                            detectedAt: string;
                            overdue: boolean;
                            reference: string;
                            remainingMs: number;
                            unitId: string;
                        }[];
                        cases: {
                            [key: string]: number;
                        };
                        generatedAt: string;
                        period: {
                            bucket: "hour" | "day";
                            from: string;
                            to: string;
                        };
                        reads: {
                            hours: {
                                reads: number;
                                start: string;
                                usual: number;
                            }[];
                        };
                        sources: {
                            lastEventAt: string | null;
                            revoked: boolean;
                            silent: boolean;
                            system: string;
                        }[];
                        suspensions: {
                            byStatus: {
                                [key: string]: number;
                            };
                            recent: {
                                accountId: string | null;
                                alertId: string;
                                at: string;
                                ruleId: string;
                                status: string;
                                unitId: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSecurityMonitoringReport: {
        parameters: {
            query: {
                from?: string;
                lang?: "vi" | "en";
                to?: string;
                unitId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abnormalAccounts: {
                            top: {
                                accountId: string;
                                alerts: number;
                                highest: "low" | "medium" | "high" | "critical";
                                unitId: string | null;
                                username: string | null;
                            }[];
                            total: number;
                        };
                        alerts: {
                            bySeverity: {
                                [key: string]: number;
                            };
                            byStatus: {
                                [key: string]: number;
                            };
                            total: number;
                        };
                        from: string;
                        generatedAt: string;
                        overdueReviews: {
                            lateTriaged: number;
                            stillOpen: number;
                            total: number;
                        };
                        suspensions: {
                            byStatus: {
                                [key: string]: number;
                            };
                            total: number;
                        };
                        to: string;
                        unit: {
                            id: string;
                            name: string;
                        };
                        verified: {
                            byConclusion: {
                                [key: string]: number;
                            };
                            total: number;
                            unverified: number;
                        };
                    };
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSecurityMonitoringReportPdf: {
        parameters: {
            query: {
                from?: string;
                lang?: "vi" | "en";
                to?: string;
                unitId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Error response / Phản hồi lỗi */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error response / Phản hồi lỗi */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Error response / Phản hồi lỗi */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        database: {
                            kind: "postgres" | "pglite";
                            migrationsApplied: number;
                            migrationsExpected: number;
                            reachable: boolean;
                        };
                        status: "ok" | "degraded";
                        time: string;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        database: {
                            kind: "postgres" | "pglite";
                            migrationsApplied: number;
                            migrationsExpected: number;
                            reachable: boolean;
                        };
                        status: "ok" | "degraded";
                        time: string;
                    };
                };
            };
        };
    };
}
