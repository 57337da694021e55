package nl.meldpunt.recovery;

import java.time.Instant;

/** Whether the organisation has a recovery key, its fingerprint and when it was made, and how many cases it holds. */
public record RecoveryStatus(boolean present, String fingerprint, Instant madeAt, long casesHeld) implements java.io.Serializable {
}
