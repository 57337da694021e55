package nl.meldpunt.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The registration form of one case (seed 002 §6): department, advice given, referrals, formal
 * steps, whether a sanction or a police report was considered, and the outcome. Together with the
 * report's category, relation and dates, the register and reports need nothing else: never the story.
 */
@Entity
@Table(name = "case_registration")
public class CaseRegistration {

    /** Advice the confidant gave. */
    public enum Advice { LISTENED, INFORMATION, INFORMAL_SOLUTION, MEDIATION, FORMAL_COMPLAINT_GUIDANCE, REPORT_TO_MANAGEMENT, OTHER }

    /** Professionals the reporter was referred to (seed 002). */
    public enum Referral { COACH, PSYCHOLOGIST, SOCIAL_WORKER, GP_OR_COMPANY_DOCTOR, MEDIATOR, LAWYER }

    /** Formal routes taken. */
    public enum FormalStep { COMPLAINTS_COMMITTEE, MANAGEMENT, POLICE_REPORT }

    /** How the case ended. */
    public enum Outcome { RESOLVED_INFORMALLY, FORMAL_COMPLAINT, REPORTED_TO_MANAGEMENT, REFERRED, REPORTER_STOPPED, NO_FURTHER_ACTION, OTHER }

    @Id
    @Column(name = "report_id")
    private Long reportId;

    private String department;

    @Column(name = "advice_given")
    private String adviceGiven;

    private String referrals;

    @Column(name = "formal_steps")
    private String formalSteps;

    @Column(name = "sanction_considered", nullable = false)
    private boolean sanctionConsidered;

    @Column(name = "police_report_considered", nullable = false)
    private boolean policeReportConsidered;

    private String outcome;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CaseRegistration() {
    }

    CaseRegistration(long reportId, Instant now) {
        this.reportId = reportId;
        this.updatedAt = now;
    }

    void fill(RegistrationForm form, Instant now) {
        this.department = form.department() == null || form.department().isBlank() ? null : form.department().strip();
        this.adviceGiven = join(form.adviceGiven());
        this.referrals = join(form.referrals());
        this.formalSteps = join(form.formalSteps());
        this.sanctionConsidered = form.sanctionConsidered();
        this.policeReportConsidered = form.policeReportConsidered();
        this.outcome = form.outcome() == null ? null : form.outcome().name();
        this.updatedAt = now;
    }

    RegistrationForm form() {
        return new RegistrationForm(department, split(adviceGiven, Advice.class), split(referrals, Referral.class),
                split(formalSteps, FormalStep.class), sanctionConsidered, policeReportConsidered,
                outcome == null ? null : Outcome.valueOf(outcome));
    }

    /** A dated referral also counts in the form, so the register sees it without a second entry. */
    void include(CaseReferral.Kind kind, Instant now) {
        RegistrationForm form = form();
        List<Referral> referralList = new ArrayList<>(form.referrals());
        List<FormalStep> formalList = new ArrayList<>(form.formalSteps());
        kind.asReferral().filter(r -> !referralList.contains(r)).ifPresent(referralList::add);
        kind.asFormalStep().filter(f -> !formalList.contains(f)).ifPresent(formalList::add);
        fill(new RegistrationForm(form.department(), form.adviceGiven(), referralList, formalList, form.sanctionConsidered(),
                form.policeReportConsidered() || kind == CaseReferral.Kind.POLICE_REPORT, form.outcome()), now);
    }

    /** What is still missing before the case can be closed (message keys); empty when complete. */
    List<String> missingForClosing() {
        List<String> missing = new ArrayList<>();
        if (department == null) {
            missing.add("registration.missing.department");
        }
        if (adviceGiven == null) {
            missing.add("registration.missing.advice");
        }
        if (outcome == null) {
            missing.add("registration.missing.outcome");
        }
        return missing;
    }

    private static String join(List<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values.stream().map(Enum::name).toList());
    }

    private static <E extends Enum<E>> List<E> split(String joined, Class<E> type) {
        return joined == null ? List.of() : Arrays.stream(joined.split(",")).map(v -> Enum.valueOf(type, v)).toList();
    }
}
