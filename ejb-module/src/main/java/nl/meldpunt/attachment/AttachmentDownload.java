package nl.meldpunt.attachment;

/**
 * An opened attachment, to hand to the browser as a download. Serve it with
 * {@code Content-Disposition: attachment}, the {@code contentType} given here (the detected type)
 * and {@code X-Content-Type-Options: nosniff}, never inline.
 */
public record AttachmentDownload(String fileName, String contentType, byte[] content) {
}
