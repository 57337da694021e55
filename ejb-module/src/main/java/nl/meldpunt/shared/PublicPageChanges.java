package nl.meldpunt.shared;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * What an organisation's public entry page shows (its name, logo and state, its confidants and their profiles)
 * changes rarely and is read by every visitor, so the page keeps its rendered form for a while. This counter
 * tells it whether anything it shows may have changed since: every change of an organisation, a staff account or
 * a confidant's profile moves it on (this class is their entity listener), once at the change and once more when
 * its transaction has ended, so that a page rendered in between is not kept either.
 *
 * <p>The counter lives in one server. Other instances of a deployment group, and changes made in the database by
 * hand, are seen after at most {@link #LONGEST_KEPT}.
 */
public class PublicPageChanges {

    /** The longest a rendered public page is kept, whatever the counter says. */
    public static final Duration LONGEST_KEPT = Duration.ofSeconds(5);

    private static final AtomicLong GENERATION = new AtomicLong();

    /** Read before reading what a page shows; the page is current while this stays the same. */
    public static long generation() {
        return GENERATION.get();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        GENERATION.incrementAndGet();
        try {
            TransactionSynchronizationRegistry transactions = (TransactionSynchronizationRegistry)
                    new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
            if (transactions.getTransactionKey() != null) {
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        GENERATION.incrementAndGet();
                    }
                });
            }
        } catch (NamingException | IllegalStateException noTransaction) {
            // Outside a transaction the change is done already: the first increment was enough.
        }
    }
}
