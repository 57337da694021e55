package nl.meldpunt.organisation;

/**
 * Where an organisation stands on the platform. Only an {@link #ACTIVE} organisation takes new reports;
 * in every status reporters with a report keep their login and confidants keep working open cases.
 */
public enum OrganisationStatus {
    /** Takes reports. */
    ACTIVE,
    /** Reporting is closed for now (a contract ends, a merger); the entry page says where to go instead. */
    SUSPENDED,
    /** No longer a client: closed like a suspended one, and left out of the confidant's lists. */
    ARCHIVED
}
