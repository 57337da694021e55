package nl.meldpunt.casefile;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.meldpunt.audit.AuditEntryView;
import nl.meldpunt.questionnaire.LocalText;

/**
 * A case file as the confidant sees it, in the parts the page shows. It says whether the reporter
 * can be notified, never how: no address, and not even whether the reporter left one beyond that yes or no.
 */
public record CaseFileView(Header header, Story story, Work work, Conversation conversation, Consent consent,
                           Register register, Aftercare aftercare, List<Referral> referrals, List<Breach> breaches,
                           List<Consultation> peerConsultations, List<AuditEntryView> history) implements Serializable {

    /**
     * Which report this is and where it stands; when it ended (closed or withdrawn), and when it was
     * anonymised after the retention period (then the story, messages and notes are gone).
     */
    public record Header(long reportId, String caseCode, String organisationName, Channel channel, ReportStatus status,
                         Set<ReportStatus> nextStatuses, Instant submittedAt, Instant acknowledgedAt, Instant endedAt,
                         Instant anonymisedAt) implements Serializable {

        public boolean isAnonymised() {
            return anonymisedAt != null;
        }
    }

    /** The report as made: its registration answers, and every answer to the question set it was made with. */
    public record Story(int questionSetVersion, String category, String subcategory, String relation, String ongoing,
                        List<String> needs, List<Answer> answers) implements Serializable {
    }

    /** One question with the reporter's answer: the text as written, or the chosen option keys. */
    public record Answer(String questionKey, LocalText question, boolean freeText, String text, List<String> chosen)
            implements Serializable {
    }

    /** The confidant's track and the steps taken on it. */
    public record Work(Track track, boolean trackChosen, List<Step> steps) implements Serializable {
    }

    /** One step taken; the note is opened for the confidant. */
    public record Step(long id, String stepKey, LocalDate happenedOn, String staffName, String note, boolean visibleToReporter)
            implements Serializable {
    }

    /** The messages between reporter and confidant, and whether the reporter hears of a new one by e-mail. */
    public record Conversation(boolean reporterCanBeNotified, List<MessageView> messages) implements Serializable {
    }

    /** What the reporter agreed to share when reporting, and the consents given since. */
    public record Consent(SharingConsent sharingConsent, Set<ConsentScope> given) implements Serializable {
    }

    /** The registration form and the organisation's departments to choose from. */
    public record Register(RegistrationForm form, List<String> departments) implements Serializable {
    }

    /** After closing: the check-in, and for an oral report the reporter's approval of the written record. */
    public record Aftercare(LocalDate checkinDueOn, Instant checkinAskedAt, Instant recordApprovedAt) implements Serializable {
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

    /** Whether the aftercare check-in can be asked now: closed, scheduled and not asked yet. */
    public boolean isCheckinPending() {
        return header.status() == ReportStatus.CLOSED && aftercare.checkinDueOn() != null && aftercare.checkinAskedAt() == null;
    }
}
