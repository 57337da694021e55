package nl.meldpunt.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.meldpunt.shared.ApplicationResources;

/**
 * Delivers the outbox. A persistent timer fires once in a cluster (Payara's OnePerCluster with a
 * shared timer database), and claiming is a conditional update besides, so no mail goes twice from
 * two nodes. Each run plans the interval updates, sends what is due over one SMTP connection, and
 * removes the addresses of closed cases whose last mail has gone. Log lines name outbox ids only.
 */
@Singleton
// Created at deployment, not by its first timer tick: a tick that created it while the application
// was being undeployed made Payara's singleton shutdown fail (ConcurrentModificationException) and
// left the old module half-stopped, so that the next deployment could not create its beans.
@Startup
@DependsOn({"SchemaMigration", "VaultSchemaMigration"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 200;

    @Resource(lookup = ApplicationResources.MAIL_SESSION)
    private Session session;

    @Inject
    private OutboxDelivery delivery;

    @Inject
    private MailPlanner planner;

    @Inject
    private Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    /** Steps failing now, with how many runs in a row they failed. */
    private final java.util.Map<String, Integer> failingSteps = new java.util.concurrent.ConcurrentHashMap<>();

    /** Deadlines are looked at once an hour (by the clock), not every run: it reads every open report. */
    private volatile Instant remindersPlannedAt;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = true, info = "Meldpunt outbox")
    void everyTenSeconds() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous run is still busy (a slow mail server): this one is skipped
        }
        try {
            Instant now = clock.instant();
            // Each step on its own: a failing plan must not hold up the delivery of what is waiting.
            step("plan the status updates", () -> planner.planStatusUpdates(now));
            step("plan the tips", () -> planner.planTips(now));
            if (remindersPlannedAt == null || !now.isBefore(remindersPlannedAt.plus(java.time.Duration.ofHours(1)))
                    || now.isBefore(remindersPlannedAt)) {
                remindersPlannedAt = now;
                step("plan the deadline reminders", () -> planner.planStaffReminders(now));
            }
            step("deliver", this::deliverDue);
            step("remove addresses of closed cases", planner::purgeAddressesOfClosedCases);
        } finally {
            running.set(false);
        }
    }

    /**
     * Runs one step of the timer. A step that starts failing is logged once with its stack trace; while
     * it keeps failing every ten seconds, one short line a minute says so, and its recovery is logged:
     * an outage must not fill the server log with the same stack trace six times a minute.
     */
    private void step(String what, Runnable step) {
        try {
            step.run();
            Integer failures = failingSteps.remove(what);
            if (failures != null) {
                LOG.info(() -> "Outbox: " + what + " works again, after " + failures + " failed run(s)");
            }
        } catch (RuntimeException e) {
            if (nl.meldpunt.shared.Undeployment.explains(e)) {
                LOG.fine(() -> "Outbox: " + what + " skipped: the application is stopping");
                return;
            }
            int failures = failingSteps.merge(what, 1, Integer::sum);
            if (failures == 1 && nl.meldpunt.shared.DatabaseOutage.explains(e)) {
                LOG.warning(() -> "Outbox: could not " + what + ": the database cannot be reached; the next run tries again");
            } else if (failures == 1) {
                LOG.log(Level.WARNING, "Outbox: could not " + what + "; the next run tries again", e);
            } else if (failures % 6 == 0) {
                LOG.warning(() -> "Outbox: still could not " + what + " (" + failures + " runs in a row; "
                        + e.getClass().getSimpleName() + ")");
            }
        }
    }

    void deliverDue() {
        Instant now = clock.instant();
        List<Long> claimed = delivery.claimDue(now, BATCH);
        if (claimed.isEmpty()) {
            return;
        }
        Transport transport = null;
        try {
            for (int i = 0; i < claimed.size(); i++) {
                long id = claimed.get(i);
                Optional<OutboxDelivery.Envelope> envelope = delivery.prepare(id, now);
                if (envelope.isEmpty()) {
                    continue;
                }
                try {
                    if (transport == null) {
                        transport = session.getTransport();
                        transport.connect();
                    }
                    MimeMessage message = message(envelope.get());
                    transport.sendMessage(message, message.getAllRecipients());
                    delivery.sent(id, clock.instant());
                } catch (SendFailedException e) {
                    LOG.info(() -> "Outbox mail " + id + " refused by the mail server");
                    delivery.failed(id, OutboxDelivery.Problem.ADDRESS_REFUSED, clock.instant());
                } catch (MessagingException e) {
                    boolean unreachable = unreachable(e);
                    LOG.info(() -> "Outbox mail " + id + " not sent (" + (unreachable ? "mail server unreachable" : "send failed") + ")");
                    delivery.failed(id, unreachable ? OutboxDelivery.Problem.SERVER_UNREACHABLE : OutboxDelivery.Problem.SEND_FAILED,
                            clock.instant());
                    transport = close(transport);
                    if (unreachable) {
                        // No point trying the rest now: they wait for the next try, like this one.
                        for (long rest : claimed.subList(i + 1, claimed.size())) {
                            delivery.failed(rest, OutboxDelivery.Problem.SERVER_UNREACHABLE, clock.instant());
                        }
                        return;
                    }
                }
            }
        } finally {
            close(transport);
        }
    }

    private MimeMessage message(OutboxDelivery.Envelope envelope) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, envelope.messageId());
        message.setFrom(); // the mail session's configured sender
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(envelope.recipient(), true));
        message.setSubject(envelope.mail().subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(envelope.mail().text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(envelope.mail().html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart body = new MimeMultipart("alternative", text, html);
        if (envelope.attachments().isEmpty()) {
            message.setContent(body);
            return message;
        }
        MimeBodyPart readable = new MimeBodyPart();
        readable.setContent(body);
        MimeMultipart mixed = new MimeMultipart("mixed", readable);
        for (MailAttachments.Attachment file : envelope.attachments()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new jakarta.activation.DataHandler(
                    new jakarta.mail.util.ByteArrayDataSource(file.content(), file.contentType())));
            part.setFileName(file.fileName());
            part.setDisposition(jakarta.mail.Part.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        message.setContent(mixed);
        return message;
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof SocketTimeoutException || t instanceof UnknownHostException
                    || t.getClass().getSimpleName().equals("MailConnectException")) {
                return true;
            }
        }
        return false;
    }

    private static Transport close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // closing a broken connection: nothing to save
            }
        }
        return null;
    }

    /** Keeps the Message-ID fixed at creation instead of a new one per try. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
