package nl.meldpunt.reporter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import nl.meldpunt.security.CaseCodeCredential;
import nl.meldpunt.shared.Roles;

/**
 * Jakarta Security asks this store when a reporter logs in with case code and password. The caller
 * is {@code reporter:<case code>} in role REPORTER: enough to reach the own report, nothing else.
 */
@ApplicationScoped
public class ReporterIdentityStore implements IdentityStore {

    @Inject
    private ReporterAccess access;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof CaseCodeCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return access.authenticate(login.caseCode(), login.password(), login.challenge(), login.solution())
                .map(code -> new CredentialValidationResult("reporter:" + code, Set.of(Roles.REPORTER)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
