package nl.meldpunt.staff;

import java.io.Serializable;

/** What the welcome page shows a person with a valid link: the name and the login name to use. */
public record InvitationView(String displayName, String loginName, StaffInvitation.Purpose purpose) implements Serializable {
}
