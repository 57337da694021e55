package nl.meldpunt.publication;

/** A file to hand to the browser. */
public record Download(String fileName, String contentType, byte[] content) {
}
