package nl.meldpunt.security;

import jakarta.security.enterprise.credential.Credential;

/** What a staff member logs in with: user name, password and (once enrolled) the one-time code. */
public record StaffCredential(String username, String password, String code) implements Credential {

    @Override
    public String toString() {
        return "StaffCredential[" + username + ", secrets hidden]";
    }
}
