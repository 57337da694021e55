package nl.meldpunt.recovery;

/**
 * What the organisation admin prints once: the recovery key's private half as 13 groups of four characters
 * (base32), and a fingerprint of the public half to tell sheets apart. Never stored on the server.
 */
public record RecoverySheet(String organisationName, String key, String fingerprint) {

    @Override
    public String toString() {
        // The key is shown on the page only; a log line or an exception never carries it.
        return "RecoverySheet[" + organisationName + ", fingerprint " + fingerprint + "]";
    }
}
