package nl.meldpunt.attachment;

import java.time.Instant;

/** One attachment in a list: the opened file name, never the content. */
public record AttachmentInfo(long id, String fileName, String contentType, long sizeBytes, Instant addedAt, AddedBy addedBy) {
}
