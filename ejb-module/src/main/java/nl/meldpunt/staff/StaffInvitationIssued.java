package nl.meldpunt.staff;

/**
 * A link to choose a password is to be mailed (a CDI event, fired in the transaction that made the
 * invitation, so that the mail exists exactly when the invitation does). The mail is branded with
 * {@code organisationId}, one of the organisations the person serves. Holds no token: that is made
 * when the mail is sent.
 */
public record StaffInvitationIssued(long invitationId, long staffId, long organisationId, StaffInvitation.Purpose purpose) {
}
