package nl.meldpunt.vault;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The only way back from a case to its address, for the mail component alone (an architecture test
 * allows no other caller): the confidant's pages, exports, logs and audit entries never see one.
 */
// Its own transaction: the vault's database account is a resource of its own, and a JTA
// transaction may hold only one non-XA resource. Submitting writes the report first, then the address.
@Transactional(Transactional.TxType.REQUIRES_NEW)
@ApplicationScoped
public class MailAddressResolver {

    @PersistenceContext(unitName = "vault")
    private EntityManager vault;

    @Inject
    private VaultKeys keys;

    public Optional<String> addressFor(String caseCode) {
        if (!keys.available()) {
            return Optional.empty();
        }
        String lookup = keys.lookupKey(caseCode);
        MailAddressEntry entry = vault.find(MailAddressEntry.class, lookup);
        return entry == null ? Optional.empty() : Optional.of(keys.open(entry.getSealedAddress(), lookup));
    }
}
