package nl.meldpunt.notification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import nl.meldpunt.shared.ApplicationResources;
import nl.meldpunt.shared.Roles;

/**
 * Lets the platform admin check that the configured SMTP server accepts mail (system health). The
 * address typed in is a staff member's own and is neither stored nor audited.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class MailCheck {

    @Resource(lookup = ApplicationResources.MAIL_SESSION)
    private Session mail;

    /** @throws MailCheckFailed with the SMTP server's answer when the mail is not accepted */
    public void sendTestMail(String recipient) {
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
            message.setSubject("Meldpunt: testbericht / test message", StandardCharsets.UTF_8.name());
            message.setText("""
                    Dit is een testbericht van Meldpunt: de mailserver is goed ingesteld.
                    This is a test message from Meldpunt: the mail server is set up correctly.
                    """, StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailCheckFailed(e.getMessage());
        }
    }
}
