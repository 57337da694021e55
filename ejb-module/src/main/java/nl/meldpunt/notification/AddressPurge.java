package nl.meldpunt.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.meldpunt.vault.MailVault;

/**
 * The one way an ended case's address leaves the vault: after its last mail has gone (the outbox
 * timer, {@link MailPlanner#purgeAddressesOfClosedCases()}) or at once when the case is anonymised
 * after the retention period ({@code nl.meldpunt.retention}). The vault works in a transaction of its
 * own (its own datasource), so the address is gone even if the caller's work is rolled back later:
 * for an ended case that is the safe side.
 */
@ApplicationScoped
public class AddressPurge {

    @Inject
    private MailVault vault;

    /** Removes the address of the case, if one was left; nothing is logged or audited with it. */
    public void removeAddressOf(String caseCode) {
        vault.remove(caseCode);
    }
}
