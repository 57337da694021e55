package nl.meldpunt.publication;

import java.io.Serializable;
import java.util.Set;

/** A schedule as the admin page edits it. */
public record ScheduleView(PublicationKind kind, Frequency frequency, int dayOfMonth, boolean attachFiles, boolean active,
                           Set<Long> recipientIds) implements Serializable {
}
