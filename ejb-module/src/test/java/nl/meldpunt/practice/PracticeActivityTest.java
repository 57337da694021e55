package nl.meldpunt.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PracticeActivityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void aSessionNeedsItsAudienceAndOneToTenThousandParticipants() {
        assertEquals(ActivityRefused.Reason.AUDIENCE_MISSING, refusal(ActivityKind.INFORMATION_SESSION, TODAY, null, 12, null));
        assertEquals(ActivityRefused.Reason.PARTICIPANTS_OUT_OF_RANGE, refusal(ActivityKind.TRAINING, TODAY, Audience.MANAGERS, 0, null));
        assertEquals(ActivityRefused.Reason.PARTICIPANTS_OUT_OF_RANGE,
                refusal(ActivityKind.TRAINING, TODAY, Audience.MANAGERS, PracticeActivity.MAX_PARTICIPANTS + 1, null));
        PracticeActivity largest = activity(ActivityKind.INFORMATION_SESSION, TODAY, Audience.EMPLOYEES, 10000, null);
        assertEquals(10000, largest.getParticipants());
        assertNull(largest.getTopic(), "a session's topic is optional");
    }

    @Test
    void theDateIsTodayOrEarlierAndNotBeforeTheFirstYear() {
        assertEquals(ActivityRefused.Reason.DATE_MISSING, refusal(ActivityKind.ADVICE_SOLICITED, null, null, 0, ActivityTopic.BULLYING));
        assertEquals(ActivityRefused.Reason.DATE_IN_FUTURE,
                refusal(ActivityKind.ADVICE_SOLICITED, TODAY.plusDays(1), null, 0, ActivityTopic.BULLYING));
        assertEquals(ActivityRefused.Reason.DATE_TOO_EARLY,
                refusal(ActivityKind.ADVICE_SOLICITED, LocalDate.of(1999, 12, 31), null, 0, ActivityTopic.BULLYING));
        assertEquals(TODAY, activity(ActivityKind.ADVICE_SOLICITED, TODAY, null, 0, ActivityTopic.BULLYING).getHeldOn());
    }

    @Test
    void adviceAndEvaluationsNeedATopicAndKeepNoAudienceOrCount() {
        assertEquals(ActivityRefused.Reason.KIND_MISSING, refusal(null, TODAY, null, 0, ActivityTopic.OTHER));
        assertEquals(ActivityRefused.Reason.TOPIC_MISSING, refusal(ActivityKind.POLICY_EVALUATION, TODAY, null, 0, null));
        assertEquals(ActivityRefused.Reason.TOPIC_MISSING, refusal(ActivityKind.ADVICE_UNSOLICITED, TODAY, Audience.BOARD, 5, null));
        PracticeActivity advice = activity(ActivityKind.ADVICE_UNSOLICITED, TODAY, Audience.BOARD, 5, ActivityTopic.WORK_CLIMATE);
        assertNull(advice.getAudience(), "what does not belong to the kind is not kept");
        assertNull(advice.getParticipants());
    }

    private static PracticeActivity activity(ActivityKind kind, LocalDate day, Audience audience, int participants, ActivityTopic topic) {
        return new PracticeActivity(1L, kind, day, audience, participants, topic, 2L, Instant.EPOCH, TODAY);
    }

    private static ActivityRefused.Reason refusal(ActivityKind kind, LocalDate day, Audience audience, int participants, ActivityTopic topic) {
        return assertThrows(ActivityRefused.class, () -> activity(kind, day, audience, participants, topic)).reason();
    }
}
