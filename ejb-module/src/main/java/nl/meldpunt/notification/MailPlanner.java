package nl.meldpunt.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import nl.meldpunt.casefile.DeadlineWatch;
import nl.meldpunt.casefile.Report;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.questionnaire.TipSetVersion;
import nl.meldpunt.shared.DutchTime;
import nl.meldpunt.staff.StaffAccount;
import nl.meldpunt.staff.StaffRole;

/**
 * The mails nobody's action causes: the reporter's status update at the organisation's interval, the
 * confidants' deadline reminders, and removing the address from the vault once a closed case's last
 * mail has gone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class MailPlanner {

    private static final int BATCH = 500;
    /** The outbox's details column holds up to 4,000 characters. */
    static final int MAX_DETAILS = 4000;

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Inject
    private ReporterMails reporterMails;

    @Inject
    private AddressPurge addresses;

    @Inject
    private DeadlineWatch watch;

    @Inject
    private MailSettings settings;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** Queues the status updates that are due and schedules the next ones; returns how many were due. */
    public int planStatusUpdates(Instant now) {
        List<Report> due = em.createQuery(
                        "select r from Report r where r.nextStatusMailAt <= :now order by r.nextStatusMailAt", Report.class)
                .setParameter("now", now).setMaxResults(BATCH).getResultList();
        for (Report report : due) {
            int days = em.find(Organisation.class, report.getOrganisationId()).getStatusUpdateIntervalDays();
            report.scheduleNextStatusMail(now.plus(Duration.ofDays(days)));
            reporterMails.statusUpdate(report);
        }
        return due.size();
    }

    /** Mails that a new tip of the organisation's tip schedule is on the personal page, and schedules the next. */
    public int planTips(Instant now) {
        List<Report> due = em.createQuery(
                        "select r from Report r where r.nextTipMailAt <= :now order by r.nextTipMailAt", Report.class)
                .setParameter("now", now).setMaxResults(BATCH).getResultList();
        for (Report report : due) {
            report.scheduleNextTip(em.find(TipSetVersion.class, report.getTipSetId()).tipSet());
            reporterMails.newTip(report);
        }
        return due.size();
    }

    /**
     * Reminds confidants of deadlines that are due soon or overdue: once per deadline and signal, to
     * the confidant the reporter chose or else every confidant of the organisation with a mail
     * address; those who want a digest get one mail a day instead. Only case codes and dates.
     */
    public int planStaffReminders(Instant now) {
        Map<Long, List<StaffAccount>> confidants = new HashMap<>();
        em.createQuery("select s from StaffAccount s where s.role = :role and s.active = :active and s.mailAddress is not null",
                        StaffAccount.class).setParameter("role", StaffRole.CONFIDANT).setParameter("active", true).getResultStream()
                .forEach(s -> s.getOrganisationIds().forEach(org -> confidants.computeIfAbsent(org, k -> new ArrayList<>()).add(s)));
        Map<Long, String> organisationNames = new HashMap<>();
        Map<StaffAccount, List<String>> digests = new LinkedHashMap<>();
        Map<StaffAccount, Long> digestOrganisation = new HashMap<>();
        ResourceBundle texts = ResourceBundle.getBundle("nl.meldpunt.notification.MailTexts", Locale.forLanguageTag("nl"));
        int queued = 0;
        for (DeadlineWatch.Pressing deadline : watch.pressing(now)) {
            List<StaffAccount> serving = confidants.getOrDefault(deadline.organisationId(), List.of());
            List<StaffAccount> recipients = serving.stream()
                    .filter(s -> deadline.chosenConfidantId() == null || s.getId().equals(deadline.chosenConfidantId())).toList();
            String organisation = organisationNames.computeIfAbsent(deadline.organisationId(),
                    id -> em.find(Organisation.class, id).getName());
            String line = MessageFormat.format(texts.getString("deadline.line"), deadline.caseCode(), organisation,
                    texts.getString("deadline." + deadline.kind()), DAY.format(deadline.by()),
                    texts.getString("signal." + deadline.signal()));
            for (StaffAccount staff : recipients.isEmpty() ? serving : recipients) {
                if (staff.isMailDigest()) {
                    digests.computeIfAbsent(staff, k -> new ArrayList<>()).add(line);
                    digestOrganisation.putIfAbsent(staff, deadline.organisationId());
                    continue;
                }
                String key = "reminder:" + deadline.reportId() + ":" + deadline.kind() + ":" + deadline.by() + ":"
                        + deadline.signal() + ":" + staff.getId();
                if (queue(MailKind.CONFIDANT_REMINDER, deadline.organisationId(), staff, line, key, now)) {
                    queued++;
                }
            }
        }
        String today = DutchTime.dayOf(now).toString();
        for (var digest : digests.entrySet()) {
            StaffAccount staff = digest.getKey();
            if (queue(MailKind.CONFIDANT_DIGEST, digestOrganisation.get(staff), staff, digestText(digest.getValue(), texts),
                    "digest:" + staff.getId() + ":" + today, now)) {
                queued++;
            }
        }
        return queued;
    }

    /** The digest's lines, as many as fit in the outbox's details; the rest counted, for the work queue. */
    static String digestText(List<String> lines, ResourceBundle texts) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (String line : lines) {
            if (text.length() + line.length() + 1 > MAX_DETAILS - 200) {
                break;
            }
            text.append(shown == 0 ? "" : "\n").append(line);
            shown++;
        }
        if (shown < lines.size()) {
            text.append('\n').append(MessageFormat.format(texts.getString("deadline.more"), lines.size() - shown));
        }
        return text.toString();
    }

    /**
     * Tells an HR recipient that a report is ready (once per run and recipient: the key). Part of the
     * caller's transaction, so the mail exists exactly when the report's files do.
     */
    @Transactional(Transactional.TxType.MANDATORY) // in the publishing transaction: the mail exists exactly when the files do
    public boolean queuePublicationMail(long organisationId, long staffId, long runId, String details, Instant now) {
        StaffAccount staff = em.find(StaffAccount.class, staffId);
        if (staff == null || !staff.isActive() || staff.getMailAddress() == null) {
            return false;
        }
        String key = "publication:" + runId + ":" + staffId;
        boolean known = !em.createQuery("select m.id from OutboxMail m where m.dedupeKey = :key", Long.class)
                .setParameter("key", key).setMaxResults(1).getResultList().isEmpty();
        if (!known) {
            OutboxMail mail = OutboxMail.toStaff(MailKind.HR_PUBLICATION, organisationId, staffId, "nl", details, key, now,
                    settings.mailDomain());
            mail.aboutPublication(runId);
            em.persist(mail);
        }
        return !known;
    }

    private boolean queue(MailKind kind, long organisationId, StaffAccount staff, String details, String key, Instant now) {
        boolean known = !em.createQuery("select m.id from OutboxMail m where m.dedupeKey = :key", Long.class)
                .setParameter("key", key).setMaxResults(1).getResultList().isEmpty();
        if (!known) {
            em.persist(OutboxMail.toStaff(kind, organisationId, staff.getId(), "nl", details, key, now, settings.mailDomain()));
        }
        return !known;
    }

    /**
     * Closed cases whose last mail has gone (or that had none waiting): the address leaves the vault.
     * Two plain queries rather than one with NOT EXISTS: EclipseLink writes that one without bind
     * parameters, with the boolean as 1, and the embedded H2 refuses to compare a BOOLEAN with 1.
     */
    public int purgeAddressesOfClosedCases() {
        List<Report> closed = em.createQuery("select r from Report r where r.addressPurgePending = :pending order by r.id",
                        Report.class)
                .setParameter("pending", true).setMaxResults(BATCH).getResultList();
        if (closed.isEmpty()) {
            return 0;
        }
        java.util.Set<Long> stillWaiting = new java.util.HashSet<>(em.createQuery(
                        "select distinct m.reportId from OutboxMail m where m.state = :waiting and m.reportId in :ids", Long.class)
                .setParameter("waiting", OutboxMail.State.WAITING)
                .setParameter("ids", closed.stream().map(Report::getId).toList()).getResultList());
        int purged = 0;
        for (Report report : closed) {
            if (!stillWaiting.contains(report.getId())) {
                addresses.removeAddressOf(report.getCaseCode());
                // Without touching the report's version: the timer must not make a confidant's action on
                // the same case fail on an optimistic lock (seen: asking the check-in right after closing).
                // Native, because a JPQL bulk update raises the version too.
                em.createNativeQuery("update report set address_purge_pending = false where id = ?1")
                        .setParameter(1, report.getId()).executeUpdate();
                purged++;
            }
        }
        return purged;
    }
}
