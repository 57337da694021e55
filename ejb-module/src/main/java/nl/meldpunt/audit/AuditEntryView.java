package nl.meldpunt.audit;

import java.time.Instant;

/** An audit entry as shown in the console. */
public record AuditEntryView(long sequenceNo, Instant occurredAt, String actor, String action, String subject) {
}
