package nl.meldpunt.notification;

import java.util.List;

/**
 * Files a staff mail carries, where its cause wants them attached (HR's reports, when the organisation
 * chose so). Implemented where the files live, so that the outbox knows no feature above it.
 */
public interface MailAttachments {

    /** A file to attach. */
    record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** The files for a mail about this report run; empty when the mail carries a link only. */
    List<Attachment> forPublicationRun(long runId);
}
