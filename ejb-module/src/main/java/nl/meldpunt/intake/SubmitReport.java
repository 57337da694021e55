package nl.meldpunt.intake;

import java.util.Locale;
import nl.meldpunt.casefile.Channel;
import nl.meldpunt.casefile.SharingConsent;
import nl.meldpunt.questionnaire.Answers;

/**
 * A report as the reporter submits it through the wizard. The optional e-mail address goes straight
 * into the vault and is not part of the report.
 */
public record SubmitReport(String organisationSlug, long questionSetId, Answers answers, Long chosenConfidantId,
                           SharingConsent sharingConsent, Locale language, String mailAddress, Channel channel) {

    /** A report through the web form. */
    public SubmitReport(String organisationSlug, long questionSetId, Answers answers, Long chosenConfidantId,
                        SharingConsent sharingConsent, Locale language, String mailAddress) {
        this(organisationSlug, questionSetId, answers, chosenConfidantId, sharingConsent, language, mailAddress, Channel.WEB);
    }

    @Override
    public String toString() {
        return "SubmitReport[" + organisationSlug + ", answers and address hidden]";
    }
}
