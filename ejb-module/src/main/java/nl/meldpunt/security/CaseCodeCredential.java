package nl.meldpunt.security;

import jakarta.security.enterprise.credential.Credential;

/** What a reporter logs in with: the case code and the password handed out at submission. */
public record CaseCodeCredential(String caseCode, String password) implements Credential {

    @Override
    public String toString() {
        return "CaseCodeCredential[password hidden]";
    }
}
