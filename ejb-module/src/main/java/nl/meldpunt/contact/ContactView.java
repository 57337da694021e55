package nl.meldpunt.contact;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A contact request as the requester (on the personal page) and the confidant (in the console) see it. {@code agreed}
 * is the accepted slot, or null; {@code proposed} the slots waiting for the requester's answer.
 */
public record ContactView(long id, String caseCode, String organisationSlug, String organisationName, ContactKind kind,
                          ContactTopic topic, ContactWay way, List<ContactDay> days, List<DayPart> dayParts,
                          String chosenConfidantName, String note, ContactState state, OtherMomentsReason otherMomentsReason,
                          Instant requestedAt, List<SlotView> proposed, SlotView agreed, boolean conversionAsked,
                          boolean conversionConsented, Long convertedReportId) implements Serializable {

    public boolean isAppointmentAgreed() {
        return agreed != null;
    }

    /** The requester is asked to consent to the request becoming a case, and has not answered yet. */
    public boolean isConversionWaiting() {
        return conversionAsked && !conversionConsented && state != ContactState.CONVERTED;
    }
}
