package nl.meldpunt.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * An audit entry as shown in the console. The entry itself keeps only ids ({@code staff:3}); the
 * service that reads the entries adds the staff member's display name ({@code actorName}) and, for a
 * subject naming a staff member or an organisation, its name ({@code subjectName}), looked up once
 * for all entries shown. A reporter is never named: the actor says only that it was the reporter.
 */
public record AuditEntryView(long sequenceNo, Instant occurredAt, String actor, String action, String subject,
                             String actorName, String subjectName) implements Serializable {

    /** Who did it, as a kind: {@code staff}, {@code reporter}, {@code anonymous} or {@code system}. */
    public String actorKind() {
        int colon = actor.indexOf(':');
        return colon < 0 ? actor : actor.substring(0, colon);
    }

    /** The staff id of a staff actor, or null. */
    public Long actorStaffId() {
        return actor.startsWith("staff:") ? Long.valueOf(actor.substring("staff:".length())) : null;
    }
}
