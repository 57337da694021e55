package nl.meldpunt.audit;

/** What happened. Later features add their own actions here. */
public enum AuditAction {
    STAFF_LOGIN,
    STAFF_LOGIN_FAILED,
    STAFF_LOGOUT,
    STAFF_SECOND_FACTOR_ENROLLED,
    STAFF_SECOND_FACTOR_RESET,
    STAFF_LOGGED_OUT_EVERYWHERE,
    /** A confidant's login wrapped the server copies of cases to the confidant (issue 17); detail: how many. */
    CASE_KEYS_RECEIVED,
    /** A confidant's login wrapped the cases the confidant holds to a colleague who lacked them; detail: how many. */
    CASE_KEYS_SHARED,
    /** A confidant's key pair was replaced (after a password reset, or when it no longer opened): its copies are gone. */
    PERSONAL_KEY_REPLACED,
    /** The organisation admin made (or replaced) the organisation's recovery key; detail: its fingerprint. */
    RECOVERY_KEY_MADE,
    /** A confidant typed in the recovery sheet and received the cases lacking an own copy; detail: how many. */
    RECOVERY_KEY_USED,
    /** The platform admin deleted the server copies of case keys that confidants hold (issue 17); detail: how many. */
    SERVER_KEY_COPIES_DELETED,
    ACCESS_DENIED,
    ORGANISATION_CREATED,
    ORGANISATION_VIEWED,
    STAFF_ACCOUNT_CREATED,
    STAFF_LIST_VIEWED,
    AUDIT_VERIFIED,
    REPORT_SUBMITTED,
    REPORTER_LOGIN,
    REPORTER_LOGIN_FAILED,
    REPORTER_LOGOUT,
    REPORT_VIEWED,
    REPORT_MESSAGE_SENT,
    REPORT_INFORMATION_ADDED,
    REPORTER_PASSWORD_CHANGED,
    REPORTER_MAIL_ADDRESS_CHANGED,
    REPORTER_MAIL_ADDRESS_REMOVED,
    REPORT_WITHDRAWN,
    REPORT_RECORD_APPROVED,
    REPORT_ATTACHMENT_ADDED,
    REPORT_ATTACHMENT_REFUSED,
    REPORT_ATTACHMENT_DOWNLOADED,
    QUEUE_VIEWED,
    CASE_VIEWED,
    CASE_STATUS_CHANGED,
    CASE_TRACK_CHOSEN,
    CASE_STEP_ADDED,
    CASE_MESSAGE_SENT,
    CASE_CONSENT_RECORDED,
    CASE_STEP_REFUSED_WITHOUT_CONSENT,
    CASE_REGISTRATION_SAVED,
    TRENDS_VIEWED,
    CASE_CONFIDENTIALITY_BREACHED,
    CASE_PEER_CONSULTED,
    CASE_REFERRAL_RECORDED,
    MAIL_STATUS_VIEWED,
    STAFF_MAIL_PREFERENCES_CHANGED,
    CASE_CHECKIN_ASKED,
    ORGANISATION_ADVICE_WRITTEN,
    STAFF_PASSWORD_CHANGED,
    STAFF_PASSWORD_CHANGE_FAILED,
    PUBLICATION_REQUESTED,
    PUBLICATION_DOWNLOADED,
    PUBLICATION_SCHEDULE_CHANGED,
    ORGANISATION_RETENTION_CHANGED,
    /** One per retention run and organisation; its subject holds counts only. */
    RETENTION_RUN,
    ANNUAL_TEXT_SAVED,
    ANNUAL_TEXT_RESTORED,
    ANNUAL_TEXTS_FINALISED,
    ANNUAL_TEXTS_REOPENED,
    /** Issue 13: an organisation suspended, archived or made active again; the subject holds the status before and after. */
    ORGANISATION_STATUS_CHANGED,
    /** One per changed setting (status-update interval, check-in, threshold); subject names the field, detail before → after. */
    ORGANISATION_SETTINGS_CHANGED,
    /** One per changed part of the branding (name, primary, accent colour); detail before → after. */
    ORGANISATION_BRANDING_CHANGED,
    /** Issue 13: a link to choose a password was mailed to a staff member (new account or reset); never the token. */
    STAFF_INVITED,
    /** The platform admin reset a staff member's password: the old one stopped working, all sessions ended. */
    STAFF_PASSWORD_RESET,
    /** A staff member chose a password through an invitation link. */
    STAFF_PASSWORD_SET,
    /** Someone used an invitation link that is used, expired, replaced or unknown; nothing changed. */
    STAFF_INVITATION_REFUSED,
    /** The organisations a confidant serves changed; detail holds the slugs before → after. */
    STAFF_ORGANISATIONS_CHANGED,
    /** A question set published as a new version; detail "question set version 1 → 2" and the keys added, removed, changed. */
    QUESTION_SET_PUBLISHED,
    /** A tip set published as a new version; detail as for the question set. */
    TIP_SET_PUBLISHED,
    /** The organisation admin saved a draft of the question or tip set; subject names which, detail what changed against the published version. */
    QUESTIONNAIRE_DRAFT_SAVED,
    /** The organisation admin threw a draft away. */
    QUESTIONNAIRE_DRAFT_DISCARDED,
    /** The organisation's logo uploaded or removed; detail before → after as type, size and short hash, never the image. */
    ORGANISATION_LOGO_CHANGED,
    /** The organisation's entry address changed; detail old → new slug (the old one redirects). */
    ORGANISATION_SLUG_CHANGED,
    /** Issue 13: an organisation's configuration exported as a file (subject organisation:ID:configuration). */
    CONFIGURATION_EXPORTED,
    /** A configuration file imported (an update, or a new organisation from a template); detail: before → after, short. */
    CONFIGURATION_IMPORTED,
    /** Issue 14: a confidant changed the own public profile; detail names the changed fields, never their text. */
    CONFIDANT_PROFILE_CHANGED,
    /** A confidant's photo uploaded or removed; detail before → after as type, size and short hash, never the image. */
    CONFIDANT_PHOTO_CHANGED,
    /** Issue 14: the reporter answered the survey at the end of the help; that it was answered, never the answers. */
    REPORTER_FEEDBACK_GIVEN,
    /** Issue 13: the platform admin took a staff member out of service (no login, every session ended). */
    STAFF_DEACTIVATED,
    /** The platform admin took a staff member back into service. */
    STAFF_REACTIVATED,
    /** Issue 14: the organisation admin saved a draft of the procedure / PSA policy; detail: the base version and the texts' lengths before → after, never the text. */
    PROCEDURE_DRAFT_SAVED,
    /** The organisation admin threw the procedure's draft away. */
    PROCEDURE_DRAFT_DISCARDED,
    /** The procedure / PSA policy published as a new version; detail "version 1 → 2" and the lengths, never the text. */
    PROCEDURE_PUBLISHED,
    /** Issue 14: the confidant recorded an activity (session, training, advice, evaluation); subject activity:ID:KIND, no personal data. */
    PRACTICE_ACTIVITY_RECORDED,
    /** The confidant changed a recorded activity; subject as when recorded. */
    PRACTICE_ACTIVITY_CHANGED,
    /** The confidant removed an activity recorded by mistake; subject as when recorded. */
    PRACTICE_ACTIVITY_REMOVED,
    /** Issue 14: somebody asked for a conversation or advice (a contact request); subject contact:ID, never the note. */
    CONTACT_REQUESTED,
    /** A contact request viewed, by the requester or a confidant. */
    CONTACT_REQUEST_VIEWED,
    /** The confidant proposed an appointment slot; detail the way (phone, online, on location), never the details. */
    CONTACT_SLOT_PROPOSED,
    /** The requester accepted a slot: the appointment is agreed. */
    CONTACT_SLOT_ACCEPTED,
    /** The requester asked for other moments; detail the reason chosen from a fixed list, if any. */
    CONTACT_OTHER_MOMENTS_ASKED,
    /** The confidant downloaded the agreed appointment as an iCalendar file (without content). */
    CONTACT_CALENDAR_DOWNLOADED,
    /** The confidant asked the requester whether the request may become a report case. */
    CONTACT_CONVERSION_ASKED,
    /** The requester answered; detail "consent" or "no consent". */
    CONTACT_CONVERSION_ANSWERED,
    /** The request became a report case (recorded on the request and on the new report). */
    CONTACT_CONVERTED
}
