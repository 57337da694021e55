package nl.meldpunt.audit;

import java.util.Objects;

/**
 * Who did something, in the only forms the audit trail accepts: a staff id, the reporter of a case,
 * an anonymous visitor or the system itself. Never a name, an address or an IP address.
 */
public record Actor(String value) {

    public static final Actor ANONYMOUS = new Actor("anonymous");
    public static final Actor SYSTEM = new Actor("system");

    public Actor {
        Objects.requireNonNull(value);
        if (!value.matches("staff:\\d+|reporter:[A-Z0-9-]{1,40}|anonymous|system")) {
            throw new IllegalArgumentException("Not an audit actor");
        }
    }

    public static Actor staff(long staffId) {
        return new Actor("staff:" + staffId);
    }

    public static Actor reporterOf(String caseCode) {
        return new Actor("reporter:" + caseCode);
    }

    /**
     * The staff principal's name is the staff id, a reporter's is {@code reporter:<case code>};
     * anything else is an anonymous caller.
     */
    public static Actor fromPrincipalName(String principalName) {
        if (principalName != null && principalName.matches("\\d{1,18}")) {
            return staff(Long.parseLong(principalName));
        }
        if (principalName != null && principalName.matches("reporter:[A-Z0-9-]{1,40}")) {
            return new Actor(principalName);
        }
        return ANONYMOUS;
    }

    @Override
    public String toString() {
        return value;
    }
}
