package nl.meldpunt.notification;

/** A mail as it will be sent: subject, plain text and HTML (the same words). */
public record RenderedMail(String subject, String text, String html) {
}
