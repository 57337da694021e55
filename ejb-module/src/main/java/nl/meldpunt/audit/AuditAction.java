package nl.meldpunt.audit;

/** What happened. Later features add their own actions here. */
public enum AuditAction {
    STAFF_LOGIN,
    STAFF_LOGIN_FAILED,
    STAFF_LOGOUT,
    ACCESS_DENIED,
    ORGANISATION_CREATED,
    ORGANISATION_VIEWED,
    STAFF_ACCOUNT_CREATED,
    STAFF_LIST_VIEWED,
    AUDIT_VERIFIED
}
