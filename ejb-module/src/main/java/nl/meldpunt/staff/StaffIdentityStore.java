package nl.meldpunt.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import nl.meldpunt.security.StaffCredential;

/**
 * Jakarta Security asks this store when a staff member logs in. The caller principal's name is the
 * staff id (so that the audit trail needs no names) and the only group is the staff role.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    private StaffService staff;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof StaffCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return staff.authenticate(login.username(), login.password(), login.code())
                .map(who -> new CredentialValidationResult(String.valueOf(who.staffId()), Set.of(who.role().roleName())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
