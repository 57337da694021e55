package nl.meldpunt.publication;

import java.util.List;

/** The reports HR receive, and the files each is made in. */
public enum PublicationKind {
    /** The incident register (Arbowet): one anonymised line per case closed in the period. */
    REGISTER(List.of(Format.PDF, Format.XLSX, Format.CSV)),
    /** Trends for the PSA policy: counts per kind, department and month, rises flagged. */
    TREND(List.of(Format.PDF, Format.XLSX)),
    /** The confidant's annual report (jaarverslag) to the management; the DOCX for whoever edits it further. */
    ANNUAL(List.of(Format.PDF, Format.DOCX));

    /** A file format, with its content type and file name extension. */
    public enum Format {
        PDF("application/pdf", "pdf"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        CSV("text/csv; charset=UTF-8", "csv"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    private final List<Format> formats;

    PublicationKind(List<Format> formats) {
        this.formats = formats;
    }

    public List<Format> formats() {
        return formats;
    }
}
