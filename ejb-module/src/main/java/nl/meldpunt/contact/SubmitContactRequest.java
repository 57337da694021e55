package nl.meldpunt.contact;

import java.util.Locale;
import java.util.Set;

/** A contact request as the intake page sends it. The optional note is free text: it is sealed, never logged. */
public record SubmitContactRequest(String organisationSlug, ContactKind kind, ContactTopic topic, ContactWay way,
                                   Set<ContactDay> days, Set<DayPart> dayParts, Long chosenConfidantId, String note,
                                   Locale language) {

    @Override
    public String toString() {
        return "SubmitContactRequest[" + organisationSlug + ", " + kind + ", note hidden]";
    }
}
