package nl.meldpunt.practice;

import java.io.Serializable;
import java.time.LocalDate;

/** One activity as the console lists it. {@code participants} is 0 for kinds without participants. */
public record ActivityView(long id, ActivityKind kind, LocalDate heldOn, Audience audience, int participants,
                           ActivityTopic topic, long version) implements Serializable {

    static ActivityView of(PracticeActivity a) {
        return new ActivityView(a.getId(), a.getKind(), a.getHeldOn(), a.getAudience(),
                a.getParticipants() == null ? 0 : a.getParticipants(), a.getTopic(), a.getVersion());
    }
}
