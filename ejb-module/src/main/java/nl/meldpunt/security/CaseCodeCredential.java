package nl.meldpunt.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * What a reporter logs in with: the case code and the password handed out at submission, and the login
 * form's proof of work (its challenge and the browser's solution).
 */
public record CaseCodeCredential(String caseCode, String password, String challenge, String solution) implements Credential {

    @Override
    public String toString() {
        return "CaseCodeCredential[password hidden]";
    }
}
