package nl.meldpunt.report;

import java.util.Locale;

/** A report as the reporter submits it through the wizard. */
public record SubmitReport(String organisationSlug, long questionSetId, Answers answers, Long chosenConfidantId,
                           SharingConsent sharingConsent, Locale language) {
}
