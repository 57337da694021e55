package nl.meldpunt.shared;

/**
 * The staff roles of PRODUCT.md §2, as used in {@code @RolesAllowed}, web.xml and the role mapping
 * in the EAR.
 */
public final class Roles {

    /** The service provider: tenants, users, system health; never report content. */
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    /** The employer's administrator (beheerder): configuration of its own organisation. */
    public static final String ORG_ADMIN = "ORG_ADMIN";
    /** The confidant (vertrouwenspersoon): case files of the assigned organisations. */
    public static final String CONFIDANT = "CONFIDANT";
    /** HR / management (directie): anonymised reports of its own organisation. */
    public static final String HR = "HR";
    /**
     * A reporter logged in with case code and password: no account, only the own report. The
     * principal's name is {@code reporter:<case code>}.
     */
    public static final String REPORTER = "REPORTER";

    /**
     * The application itself, for work that nobody's action causes (the retention job). No person and
     * no login has it: only code annotated {@code @RunAs(Roles.SYSTEM)} runs with it (mapped to a
     * principal of its own in glassfish-application.xml).
     */
    public static final String SYSTEM = "SYSTEM";

    private Roles() {
    }
}
