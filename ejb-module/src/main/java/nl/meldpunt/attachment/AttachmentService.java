package nl.meldpunt.attachment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.casefile.Report;
import nl.meldpunt.casefile.SealingContexts;
import nl.meldpunt.reporter.OwnReport;
import nl.meldpunt.security.CaseCipher;
import nl.meldpunt.security.CaseKeys;
import nl.meldpunt.security.OpenCaseKey;
import nl.meldpunt.shared.Roles;

/**
 * Files the reporter adds to the own report (photos, documents, screenshots): checked by
 * {@link AttachmentPolicy} and, where the operator runs one, by a virus scanner ({@link VirusCheck}), cleaned
 * (photos lose their location data), and stored sealed under the report's data key, name and content alike. The
 * report is always the caller's own, found through the principal as in {@link OwnReport}.
 *
 * <p>A refused file is an ordinary answer ({@link AttachmentOutcome}), not an exception: each upload
 * is its own transaction, and nothing else the reporter wrote is lost or rolled back. The audit trail
 * records additions, refusals and downloads with the report as subject, never a file name.
 */
@Stateless
@RolesAllowed(Roles.REPORTER)
public class AttachmentService {

    static final String FALLBACK_NAME_NL = "bijlage";
    static final String FALLBACK_NAME_EN = "attachment";

    private final AttachmentPolicy policy = new AttachmentPolicy();

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private CaseCipher cipher;

    @Inject
    private CaseKeys caseKeys;

    @Inject
    private AuditTrail audit;

    @Inject
    private VirusCheck virusCheck;

    @Inject
    private Clock clock;

    /**
     * Adds a file to the caller's report. The report row is locked for the duration, so two uploads
     * at once cannot together pass the per-report limits.
     *
     * @param fileName the name the browser sent (free text: only stored sealed)
     * @param bytes the content as uploaded; the web layer should stop reading beyond
     *        {@link AttachmentPolicy#MAX_FILE_BYTES} + 1 bytes
     */
    public AttachmentOutcome add(String fileName, byte[] bytes) {
        Report report = OwnReport.of(em, session, LockModeType.PESSIMISTIC_WRITE);
        if (!report.getStatus().isOpen()) {
            return refuse(report, AttachmentPolicy.REFUSED_CLOSED);
        }
        Object[] usage = em.createQuery("""
                        select count(a), coalesce(sum(a.sizeBytes), 0) from ReportAttachment a
                        where a.reportId = :report""", Object[].class)
                .setParameter("report", report.getId())
                .getSingleResult();
        AttachmentPolicy.Decision decision = policy.decide(bytes, ((Number) usage[0]).intValue(), ((Number) usage[1]).longValue());
        if (decision instanceof AttachmentPolicy.Refused refused) {
            return refuse(report, refused.reasonKey());
        }
        // The file as it came, before cleaning: what the reporter's computer held is what is checked.
        String virusRefusal = virusCheck.refusalFor(bytes);
        if (virusRefusal != null) {
            return refuse(report, virusRefusal);
        }
        AttachmentPolicy.Accepted accepted = (AttachmentPolicy.Accepted) decision;
        String name = AttachmentPolicy.storedName(fileName, accepted.contentType(),
                "en".equals(report.getLanguage()) ? FALLBACK_NAME_EN : FALLBACK_NAME_NL);
        OpenCaseKey key = caseKeys.open(report.getCaseCode(), report.getServerKeyCopy(), null);
        byte[] content = accepted.cleanedBytes();
        ReportAttachment attachment = new ReportAttachment(report.getId(),
                cipher.sealText(key, name, SealingContexts.attachmentName(report.getCaseCode())),
                accepted.contentType(), content.length,
                cipher.seal(key, content, SealingContexts.attachmentContent(report.getCaseCode())),
                AddedBy.REPORTER, clock.instant());
        em.persist(attachment);
        em.flush();
        audit.record(actor(report), AuditAction.REPORT_ATTACHMENT_ADDED, report.getOrganisationId(), subject(report));
        return AttachmentOutcome.added(attachment.getId());
    }

    /** The attachments of the caller's report, oldest first, with their names opened; content is not loaded. */
    public List<AttachmentInfo> list() {
        Report report = OwnReport.of(em, session, LockModeType.NONE);
        OpenCaseKey key = caseKeys.open(report.getCaseCode(), report.getServerKeyCopy(), null);
        String context = SealingContexts.attachmentName(report.getCaseCode());
        return em.createQuery("""
                        select a.id, a.sealedName, a.contentType, a.sizeBytes, a.addedAt, a.addedBy
                        from ReportAttachment a where a.reportId = :report order by a.addedAt, a.id""", Object[].class)
                .setParameter("report", report.getId())
                .getResultStream()
                .map(row -> new AttachmentInfo((Long) row[0], cipher.openText(key, (byte[]) row[1], context),
                        (String) row[2], (Long) row[3], (Instant) row[4], (AddedBy) row[5]))
                .toList();
    }

    /**
     * One attachment of the caller's report, opened.
     *
     * @throws AttachmentNotFound when the id is not an attachment of the caller's own report (recorded
     *         as a denied access)
     */
    public AttachmentDownload download(long attachmentId) {
        Report report = OwnReport.of(em, session, LockModeType.NONE);
        ReportAttachment attachment = em.find(ReportAttachment.class, attachmentId);
        if (attachment == null || attachment.getReportId() != report.getId()) {
            audit.recordIndependently(actor(report), AuditAction.ACCESS_DENIED, report.getOrganisationId(), subject(report));
            throw new AttachmentNotFound();
        }
        OpenCaseKey key = caseKeys.open(report.getCaseCode(), report.getServerKeyCopy(), null);
        String name = cipher.openText(key, attachment.getSealedName(), SealingContexts.attachmentName(report.getCaseCode()));
        byte[] content = cipher.open(key, attachment.getSealedContent(), SealingContexts.attachmentContent(report.getCaseCode()));
        audit.record(actor(report), AuditAction.REPORT_ATTACHMENT_DOWNLOADED, report.getOrganisationId(), subject(report));
        return new AttachmentDownload(name, attachment.getContentType(), content);
    }



    private AttachmentOutcome refuse(Report report, String reasonKey) {
        audit.record(actor(report), AuditAction.REPORT_ATTACHMENT_REFUSED, report.getOrganisationId(), subject(report));
        return AttachmentOutcome.refused(reasonKey);
    }

    private static String subject(Report report) {
        return "report:" + report.getId();
    }

    private static Actor actor(Report report) {
        return Actor.reporterOf(report.getCaseCode());
    }
}
