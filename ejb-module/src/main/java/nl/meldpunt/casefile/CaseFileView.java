package nl.meldpunt.casefile;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.meldpunt.audit.AuditEntryView;
import nl.meldpunt.questionnaire.LocalText;

/**
 * A case file as the confidant sees it. It says whether the reporter can be notified, never how:
 * no address, and not even whether the reporter left one beyond that yes or no.
 */
public record CaseFileView(long reportId, String caseCode, String organisationName, Channel channel, ReportStatus status,
                           Set<ReportStatus> nextStatuses, Track track, boolean trackChosen, Instant submittedAt,
                           Instant acknowledgedAt, String category, String subcategory, String relation, String ongoing,
                           List<String> needs, SharingConsent sharingConsent, boolean reporterCanBeNotified,
                           Set<ConsentScope> consents, RegistrationForm registration, List<String> departments,
                           List<Breach> breaches, List<Consultation> peerConsultations, LocalDate checkinDueOn,
                           Instant checkinAskedAt, Instant recordApprovedAt,
                           int questionSetVersion, List<Answer> answers, List<MessageView> messages,
                           List<Step> steps, List<Referral> referrals, List<AuditEntryView> history) implements Serializable {

    /** One question with the reporter's answer: the text as written, or the chosen option keys. */
    public record Answer(String questionKey, LocalText question, boolean freeText, String text, List<String> chosen)
            implements Serializable {
    }

    /** Whether the aftercare check-in can be asked now: closed, scheduled and not asked yet. */
    public boolean isCheckinPending() {
        return status == ReportStatus.CLOSED && checkinDueOn != null && checkinAskedAt == null;
    }

    /** A recorded breach of confidentiality. */
    public record Breach(ConfidentialityBreach.Reason reason, LocalDate informedOn, String informedWhom, String explanation)
            implements Serializable {
    }

    /** A referral or formal route, with whether the confidant told that party about the case. */
    public record Referral(long id, CaseReferral.Kind kind, LocalDate referredOn, boolean detailsShared, String staffName, String note)
            implements Serializable {
    }

    /** A peer consultation. */
    public record Consultation(LocalDate consultedOn, String note) implements Serializable {
    }

    /** One step taken; the note is opened for the confidant. */
    public record Step(long id, String stepKey, LocalDate happenedOn, String staffName, String note, boolean visibleToReporter)
            implements Serializable {
    }
}
