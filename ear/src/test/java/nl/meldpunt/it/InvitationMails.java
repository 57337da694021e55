package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The set-password link of the invitation mail a staff member gets, as the browser tests follow it. */
final class InvitationMails {

    private static final Pattern LINK = Pattern.compile("(/staff/welcome\\.xhtml#token=[A-Za-z0-9_-]+)");

    private InvitationMails() {
    }

    /** Waits (at most a minute: the outbox sends on its timer) for the mail to {@code address}; its link's path. */
    static String linkTo(GreenMailExtension smtp, String address) throws Exception {
        MimeMessage mail = waitForMailTo(smtp, address);
        String text = (String) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
        Matcher link = LINK.matcher(text);
        assertTrue(link.find(), text);
        return link.group(1);
    }

    private static MimeMessage waitForMailTo(GreenMailExtension smtp, String address) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage mail : Arrays.asList(smtp.getReceivedMessages())) {
                if (mail.getAllRecipients()[0].toString().equals(address)) {
                    return mail;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail to " + address + " within 60 s");
    }
}
