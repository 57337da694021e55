package nl.meldpunt.batch.retention;

/** The item after an organisation's last due case: time for its counts ({@code due} as counted when its part began). */
record OrganisationDone(long organisationId, long due) {
}
