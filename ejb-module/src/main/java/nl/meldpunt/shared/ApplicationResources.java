package nl.meldpunt.shared;

/**
 * The application's resources, declared once on {@link SchemaMigration} (annotations must sit on a
 * component), under {@code java:app/} names, with values from
 * MicroProfile Config so that one EAR runs on the embedded H2 default or on PostgreSQL and with any
 * SMTP server, without a rebuild or a manual asadmin step.
 *
 * <p>The SMTP timeouts are set on purpose: Jakarta Mail's default is to wait forever.
 */
public final class ApplicationResources {

    public static final String DATASOURCE = "java:app/jdbc/meldpunt";
    public static final String MAIL_SESSION = "java:app/mail/meldpunt";

    private ApplicationResources() {
    }
}
