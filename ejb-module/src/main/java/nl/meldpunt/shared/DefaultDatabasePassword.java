package nl.meldpunt.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * The shipped database password ({@code meldpunt}, in microprofile-config.properties) exists for the embedded H2
 * database in the server's own folder, which nothing else can reach. Against any other database it is refused at
 * start-up (OWASP ASVS 13.2.3): a PostgreSQL account with a password that is printed in our documentation is an open
 * door, and an operator who forgot {@code APP_DB_PASSWORD} should learn it at once, not after a breach.
 */
public final class DefaultDatabasePassword {

    /** Read from the shipped configuration itself, so that this check follows it if the default ever changes. */
    private static final String SHIPPED_DEFAULT = shippedDefault();

    private DefaultDatabasePassword() {
    }

    static String shippedDefault() {
        Properties shipped = new Properties();
        try (InputStream in = DefaultDatabasePassword.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            if (in != null) {
                shipped.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shipped.getProperty("app.db.password");
    }

    /** @return what is wrong, in words for the operator, or nothing */
    public static Optional<String> problem(String url, String password, String vaultUrl, String vaultPassword) {
        if (!embedded(url) && SHIPPED_DEFAULT != null && SHIPPED_DEFAULT.equals(password)) {
            return Optional.of("The database password is the shipped default, which is meant only for the embedded"
                    + " database. Set APP_DB_PASSWORD to the password of the database account (operator guide, PostgreSQL).");
        }
        if (!embedded(vaultUrl) && SHIPPED_DEFAULT != null && SHIPPED_DEFAULT.equals(vaultPassword)) {
            return Optional.of("The e-mail vault's database password is the shipped default, which is meant only for the"
                    + " embedded database. Set APP_VAULT_DB_PASSWORD (operator guide, PostgreSQL).");
        }
        return Optional.empty();
    }

    private static boolean embedded(String url) {
        return url != null && url.startsWith("jdbc:h2:");
    }
}
