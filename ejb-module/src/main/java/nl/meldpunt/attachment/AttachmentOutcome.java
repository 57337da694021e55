package nl.meldpunt.attachment;

/**
 * What became of one uploaded file. Both outcomes are normal answers, never exceptions: a refused
 * file changes nothing else in the report.
 *
 * @param attachmentId the new attachment's id when accepted, else {@code null}
 * @param messageKey what to tell the reporter: {@code attachment.added} or an {@code attachment.refused.*} key
 */
public record AttachmentOutcome(Long attachmentId, String messageKey) {

    public static final String ADDED = "attachment.added";

    static AttachmentOutcome added(long attachmentId) {
        return new AttachmentOutcome(attachmentId, ADDED);
    }

    static AttachmentOutcome refused(String reasonKey) {
        return new AttachmentOutcome(null, reasonKey);
    }

    public boolean accepted() {
        return attachmentId != null;
    }
}
