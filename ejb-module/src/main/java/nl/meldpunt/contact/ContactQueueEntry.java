package nl.meldpunt.contact;

import java.io.Serializable;
import java.time.Instant;

/** One open contact request in the confidant's work queue; {@code agreedStart} is the appointment's start, or null. */
public record ContactQueueEntry(long id, String caseCode, String organisationName, ContactKind kind, ContactTopic topic,
                                ContactWay way, ContactState state, Instant requestedAt, Instant agreedStart)
        implements Serializable {
}
