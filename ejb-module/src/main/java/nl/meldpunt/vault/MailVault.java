package nl.meldpunt.vault;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import nl.meldpunt.shared.MailAddresses;

/**
 * Stores and removes a reporter's e-mail address and says whether one exists. It cannot give an
 * address back: reading is for the mail component only ({@link MailAddressResolver}). Called from
 * the reporter's own services inside their transaction; never logged, never audited with the address.
 */
// Its own transaction: the vault's database account is a resource of its own, and a JTA
// transaction may hold only one non-XA resource. Submitting writes the report first, then the address.
@Transactional(Transactional.TxType.REQUIRES_NEW)
@ApplicationScoped
public class MailVault {

    @PersistenceContext(unitName = "vault")
    private EntityManager vault;

    @Inject
    private VaultKeys keys;

    @Inject
    private Clock clock;

    /** Whether addresses can be kept at all (the vault keys are configured). */
    public boolean isAvailable() {
        return keys.available();
    }

    /** Keeps (or replaces) the address for a case. */
    public void store(String caseCode, String address) {
        if (!MailAddresses.isValid(address)) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
        String lookup = keys.lookupKey(caseCode);
        byte[] sealed = keys.seal(address.strip(), lookup);
        MailAddressEntry existing = vault.find(MailAddressEntry.class, lookup);
        if (existing == null) {
            vault.persist(new MailAddressEntry(lookup, sealed, clock.instant()));
        } else {
            existing.replace(sealed, clock.instant());
        }
    }

    /** Removes the address of a case, if there is one (also when a case is closed and purged). */
    public void remove(String caseCode) {
        if (!keys.available()) {
            return;
        }
        MailAddressEntry existing = vault.find(MailAddressEntry.class, keys.lookupKey(caseCode));
        if (existing != null) {
            vault.remove(existing);
        }
    }

    /** "The reporter can be notified: yes/no" — the most the rest of the application may know. */
    public boolean hasAddress(String caseCode) {
        return keys.available() && vault.find(MailAddressEntry.class, keys.lookupKey(caseCode)) != null;
    }
}
