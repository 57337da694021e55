package nl.meldpunt.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.meldpunt.shared.ApplicationResources;

/**
 * At start-up, before anything is sealed: is the configured key-encryption key the one this database was set up
 * with? The first start with a key id stores a probe sealed under that key ({@code key_check}); every later start
 * opens it. A server started with another key under the same id (a typo in the secret, a key from another
 * installation) then refuses to seal or open anything ({@link CaseCipher#refuseWrongKek}) and says so in one log
 * line, instead of sealing new reports under a key that would be lost when the right one is configured again.
 * Pages that open content say it cannot be read now; staff logins say the keys cannot be read; nothing is lost.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class KeyCheck {

    private static final Logger LOG = Logger.getLogger(KeyCheck.class.getName());
    /** How the start-up's log line begins (every refused use later names the reason too, without this). */
    static final String STARTUP_CHECK_FAILED = "Key check at start-up failed. ";

    @Resource(lookup = ApplicationResources.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private CaseCipher cipher;

    @Inject
    private Clock clock;

    @PostConstruct
    void check() {
        Optional<String> id = cipher.kekId();
        if (id.isEmpty()) {
            return; // no usable key at all: every use already fails and says why (CaseCipher)
        }
        try (Connection connection = dataSource.getConnection()) {
            byte[] probe = probeOf(connection, id.get());
            if (probe == null) {
                // Two instances of a cluster may start at once: the first probe stays, the other is dropped.
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO key_check (kek_id, probe, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                    insert.setString(1, id.get());
                    insert.setBytes(2, cipher.newKeyProbe());
                    insert.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                    insert.executeUpdate();
                }
                probe = probeOf(connection, id.get());
            }
            if (probe == null || !cipher.opensKeyProbe(probe)) {
                String reason = "The configured key-encryption key (app.crypto.kek, id '" + id.get() + "') is not the key "
                        + "this database was set up with: nothing is sealed or opened until that key is configured "
                        + "again and the server restarted (see the operator guide, \"Keys\")";
                cipher.refuseWrongKek(reason);
                LOG.severe(STARTUP_CHECK_FAILED + reason);
            }
        } catch (SQLException e) {
            // Without the check nothing is refused: the database is needed for everything else too, and says so.
            LOG.warning(() -> "The key-encryption key could not be checked against the database: " + e.getMessage());
        }
    }

    private static byte[] probeOf(Connection connection, String kekId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT probe FROM key_check WHERE kek_id = ?")) {
            select.setString(1, kekId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }
}
