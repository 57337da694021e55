package nl.meldpunt.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides whether a file may be added to a report, from its bytes alone: the name a browser sends
 * is free text and proves nothing, so the type is detected from the content (Apache Tika's magic
 * bytes, then a look inside Office containers) and checked against a short list of what a reporter
 * needs to show what happened: PDF, photos (JPEG, PNG, GIF), plain text, Word/Excel/PowerPoint
 * (Office Open XML), OpenDocument, and legacy Word and Excel. Everything that can run code on the
 * confidant's computer is refused: programs, scripts, HTML and SVG, archives, Office files with
 * macros (docm/xlsm, VBA storages, Excel 4 macro sheets) or with embedded packages.
 *
 * <p>What is accepted is cleaned: photos lose all metadata, including GPS position
 * ({@link ImageCleaner}); text is stored as UTF-8. The size limits (per file, per report) are checked
 * before any of that work. A refusal carries a message key for the reporter
 * ({@code attachment.refused.*}); it never throws, because a refused file must not cost the rest of
 * a report.
 *
 * <p>Pure Java, thread-safe, no container needed.
 */
public final class AttachmentPolicy {

    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final long MAX_REPORT_BYTES = 25L * 1024 * 1024;
    public static final int MAX_FILES_PER_REPORT = 10;

    public static final String REFUSED_EMPTY = "attachment.refused.empty";
    public static final String REFUSED_TOO_LARGE = "attachment.refused.tooLarge";
    public static final String REFUSED_REPORT_FULL = "attachment.refused.reportFull";
    public static final String REFUSED_TYPE = "attachment.refused.type";
    public static final String REFUSED_UNREADABLE_IMAGE = "attachment.refused.unreadableImage";
    public static final String REFUSED_MACRO = "attachment.refused.macro";
    public static final String REFUSED_PROTECTED = "attachment.refused.protected";
    public static final String REFUSED_HEIC = "attachment.refused.heic";
    /** An Office or OpenDocument file that would unpack to more than {@link #MAX_UNPACKED_BYTES}. */
    public static final String REFUSED_PACKED = "attachment.refused.packed";
    /**
     * What a document may unpack to, all its parts together: far above real documents (a 10 MB file of text and
     * pictures unpacks to some tens of MB), far below what would hurt the computer of whoever opens it.
     */
    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
    /** A PDF that is a ZIP archive too (a polyglot): opened as an archive it could hold anything. */
    public static final String REFUSED_TWO_KINDS = "attachment.refused.twoKinds";
    /** Used by {@link AttachmentService}: the report is closed or withdrawn. */
    public static final String REFUSED_CLOSED = "attachment.refused.closed";

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String GIF = "image/gif";
    public static final String TEXT = "text/plain; charset=UTF-8";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    public static final String ODP = "application/vnd.oasis.opendocument.presentation";
    public static final String DOC = "application/msword";
    public static final String XLS = "application/vnd.ms-excel";

    /** The outcome for one file. */
    public sealed interface Decision permits Accepted, Refused {
    }

    /**
     * @param contentType the detected type, as stored and served (never the browser's claim)
     * @param cleanedBytes what to store: the upload itself, or a cleaned copy (photos, text)
     */
    public record Accepted(String contentType, byte[] cleanedBytes) implements Decision {
        public Accepted {
            Objects.requireNonNull(contentType);
            Objects.requireNonNull(cleanedBytes);
        }
    }

    /** @param reasonKey a message key, {@code attachment.refused.*} */
    public record Refused(String reasonKey) implements Decision {
        public Refused {
            Objects.requireNonNull(reasonKey);
        }
    }

    /** The file extensions that fit each accepted type; the first is added when the name has none of them. */
    private static final Map<String, List<String>> EXTENSIONS = Map.ofEntries(
            Map.entry(PDF, List.of("pdf")),
            Map.entry(JPEG, List.of("jpg", "jpeg", "jpe", "jfif")),
            Map.entry(PNG, List.of("png")),
            Map.entry(GIF, List.of("gif")),
            Map.entry(TEXT, List.of("txt", "text", "csv", "log", "md")),
            Map.entry(DOCX, List.of("docx", "dotx")),
            Map.entry(XLSX, List.of("xlsx", "xltx")),
            Map.entry(PPTX, List.of("pptx", "ppsx", "potx")),
            Map.entry(ODT, List.of("odt", "ott")),
            Map.entry(ODS, List.of("ods", "ots")),
            Map.entry(ODP, List.of("odp", "otp")),
            Map.entry(DOC, List.of("doc", "dot")),
            Map.entry(XLS, List.of("xls", "xlt")));

    /** Things that run when opened; never inside an accepted Office container. */
    private static final Set<String> RUNNABLE_EXTENSIONS = Set.of("exe", "dll", "com", "scr", "msi", "bat", "cmd", "ps1",
            "vbs", "vbe", "js", "jse", "wsf", "wsh", "hta", "jar", "class", "lnk", "sh", "py", "app", "apk");

    /** Parts of an Office Open XML file that may be embedded objects; only these kinds are harmless. */
    private static final Set<String> SAFE_EMBEDDINGS = Set.of("docx", "xlsx", "pptx", "png", "jpg", "jpeg", "gif",
            "emf", "wmf", "xml", "rels");

    private static final int MAX_INSPECTED_PART = 1024 * 1024;
    private static final int MAX_NAME_LENGTH = 200;

    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry TYPES = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();
    private static final MediaType ZIP = MediaType.application("zip");
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");

    /**
     * @param bytes the upload as received
     * @param filesAlready how many files the report has now
     * @param bytesAlready how many bytes those files take (as stored)
     */
    public Decision decide(byte[] bytes, int filesAlready, long bytesAlready) {
        if (bytes == null || bytes.length == 0) {
            return new Refused(REFUSED_EMPTY);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            return new Refused(REFUSED_TOO_LARGE);
        }
        if (filesAlready >= MAX_FILES_PER_REPORT || bytesAlready + bytes.length > MAX_REPORT_BYTES) {
            return new Refused(REFUSED_REPORT_FULL);
        }
        Decision decision = judge(bytes, MediaType.parse(detect(bytes)));
        if (decision instanceof Accepted accepted && bytesAlready + accepted.cleanedBytes().length > MAX_REPORT_BYTES) {
            return new Refused(REFUSED_REPORT_FULL);
        }
        return decision;
    }

    private Decision judge(byte[] bytes, MediaType detected) {
        MediaType type = detected == null ? MediaType.OCTET_STREAM : detected.getBaseType();
        String name = type.toString();
        switch (name) {
            case PDF:
                // A PDF is kept as it is, so it must not also be a ZIP archive (the only type passed on unchanged).
                return ZipDirectory.hasEndRecord(bytes) ? new Refused(REFUSED_TWO_KINDS) : new Accepted(PDF, bytes);
            case JPEG:
                return image(bytes, "jpeg", JPEG);
            case PNG:
                return image(bytes, "png", PNG);
            case GIF:
                return image(bytes, "gif", GIF);
            case "image/heic", "image/heif", "image/heic-sequence", "image/heif-sequence":
                return new Refused(REFUSED_HEIC);
            case "text/plain":
                return text(bytes);
            default:
                break;
        }
        if (type.equals(ZIP) || TYPES.isSpecializationOf(type, ZIP)) {
            return zipDocument(bytes);
        }
        if (type.equals(OLE2) || TYPES.isSpecializationOf(type, OLE2)) {
            return legacyOffice(bytes);
        }
        return new Refused(REFUSED_TYPE);
    }

    private static Decision image(byte[] bytes, String format, String contentType) {
        try {
            return new Accepted(contentType, ImageCleaner.clean(bytes, format));
        } catch (ImageCleaner.Unreadable e) {
            return new Refused(REFUSED_UNREADABLE_IMAGE);
        }
    }

    /**
     * Plain text in UTF-8 (with or without BOM), UTF-16 with BOM, or else Windows-1252 (what older
     * Dutch Windows programs write); stored as UTF-8. Control characters other than tab, line breaks
     * and form feed mean it is not text after all (tika looks at the start only).
     */
    static Decision text(byte[] bytes) {
        String text;
        try {
            text = decodeText(bytes);
        } catch (CharacterCodingException e) {
            return new Refused(REFUSED_TYPE);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return new Refused(REFUSED_TYPE);
            }
        }
        if (text.isBlank()) {
            return new Refused(REFUSED_EMPTY);
        }
        return new Accepted(TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeText(byte[] b) throws CharacterCodingException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b, 3, b.length - 3)).toString();
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(StandardCharsets.UTF_16LE).decode(ByteBuffer.wrap(b, 2, b.length - 2)).toString();
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(StandardCharsets.UTF_16BE).decode(ByteBuffer.wrap(b, 2, b.length - 2)).toString();
        }
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException notUtf8) {
            CharBuffer chars = Charset.forName("windows-1252").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(b));
            return chars.toString();
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * A ZIP is accepted only as an Office Open XML document ({@code [Content_Types].xml} naming a
     * Word, Excel or PowerPoint main part, and that part's folder present) or an OpenDocument file
     * (its {@code mimetype} entry), and never with macros, ActiveX, embedded OLE packages or runnable
     * files inside. Plain archives are refused: their content cannot be checked.
     */
    static Decision zipDocument(byte[] bytes) {
        try (ZipDirectory zip = ZipDirectory.read(bytes)) {
            // A document is kept packed and never unpacked here, but whoever opens it unpacks it: one that unpacks to
            // far more than any real document (a "ZIP bomb") is refused by the sizes its directory declares.
            long unpacked = 0;
            for (ZipDirectory.Entry entry : zip.entries()) {
                long size = entry.archived().getSize();
                unpacked += Math.max(0, size);
                if (size > MAX_UNPACKED_BYTES || unpacked > MAX_UNPACKED_BYTES) {
                    return new Refused(REFUSED_PACKED);
                }
            }
            for (ZipDirectory.Entry entry : zip.entries()) {
                String lower = entry.name().toLowerCase(Locale.ROOT);
                if (entry.encrypted() || RUNNABLE_EXTENSIONS.contains(extension(lower))) {
                    return new Refused(REFUSED_TYPE);
                }
            }
            ZipDirectory.Entry contentTypes = zip.find("[Content_Types].xml");
            if (contentTypes != null) {
                return officeOpenXml(zip, new String(zip.content(contentTypes, MAX_INSPECTED_PART), StandardCharsets.UTF_8));
            }
            ZipDirectory.Entry mimetype = zip.find("mimetype");
            if (mimetype != null) {
                return openDocument(zip, new String(zip.content(mimetype, 200), StandardCharsets.US_ASCII).strip());
            }
            return new Refused(REFUSED_TYPE);
        } catch (ZipDirectory.Unreadable e) {
            return new Refused(REFUSED_TYPE);
        }
    }

    private static Decision officeOpenXml(ZipDirectory zip, String contentTypes) {
        String types = contentTypes.toLowerCase(Locale.ROOT);
        for (ZipDirectory.Entry entry : zip.entries()) {
            String lower = entry.name().toLowerCase(Locale.ROOT);
            if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml") || lower.contains("activex/")
                    || lower.contains("/embeddings/") && !SAFE_EMBEDDINGS.contains(extension(lower))) {
                return new Refused(REFUSED_MACRO);
            }
        }
        if (types.contains("macroenabled") || types.contains("vbaproject") || types.contains("activex")) {
            return new Refused(REFUSED_MACRO);
        }
        if (types.contains("wordprocessingml.document.main+xml") || types.contains("wordprocessingml.template.main+xml")) {
            return hasFolder(zip, "word/") ? new Accepted(DOCX, zip.bytes()) : new Refused(REFUSED_TYPE);
        }
        if (types.contains("spreadsheetml.sheet.main+xml") || types.contains("spreadsheetml.template.main+xml")) {
            return hasFolder(zip, "xl/") ? new Accepted(XLSX, zip.bytes()) : new Refused(REFUSED_TYPE);
        }
        if (types.contains("presentationml.presentation.main+xml") || types.contains("presentationml.slideshow.main+xml")
                || types.contains("presentationml.template.main+xml")) {
            return hasFolder(zip, "ppt/") ? new Accepted(PPTX, zip.bytes()) : new Refused(REFUSED_TYPE);
        }
        return new Refused(REFUSED_TYPE);
    }

    private static Decision openDocument(ZipDirectory zip, String mimetype) {
        if (!Set.of(ODT, ODS, ODP).contains(mimetype)) {
            return new Refused(REFUSED_TYPE);
        }
        for (ZipDirectory.Entry entry : zip.entries()) {
            if (entry.name().startsWith("Basic/") || entry.name().startsWith("Scripts/")) {
                return new Refused(REFUSED_MACRO);
            }
        }
        return new Accepted(mimetype, zip.bytes());
    }

    private static boolean hasFolder(ZipDirectory zip, String folder) {
        return zip.entries().stream().anyMatch(e -> e.name().startsWith(folder));
    }

    /**
     * An OLE2 file is accepted only as a Word or Excel 97–2003 document without macro storages,
     * embedded packages, Equation Editor objects (a well-known exploit route) or Excel 4 macro
     * sheets. Password-protected files are refused with their own reason: their content cannot be
     * checked, and the reporter can save a copy without the password. PowerPoint 97–2003 keeps its
     * macros inside its main stream, where they cannot be seen cheaply: refused. The main stream
     * ({@code WordDocument}, {@code Workbook} or {@code Book}) counts where Word and Excel look for it,
     * in the root storage; the names that refuse count in any storage.
     */
    static Decision legacyOffice(byte[] bytes) {
        try (CompoundFile file = CompoundFile.read(bytes)) {
            boolean macros = false;
            boolean encrypted = false;
            for (String name : file.names()) {
                switch (name.toLowerCase(Locale.ROOT)) {
                    case "macros", "_vba_project_cur", "vba", "_vba_project", "\u0001ole10native", "equation native":
                        macros = true;
                        break;
                    case "encryptedpackage", "encryptioninfo":
                        encrypted = true;
                        break;
                    default:
                        break;
                }
            }
            if (macros) {
                return new Refused(REFUSED_MACRO);
            }
            if (encrypted) {
                return new Refused(REFUSED_PROTECTED);
            }
            if (file.hasStream("WordDocument")) {
                byte[] fib = file.head("WordDocument", 12);
                boolean protectedFib = fib.length >= 12 && (fib[0x0B] & 0x01) != 0;
                return protectedFib ? new Refused(REFUSED_PROTECTED) : new Accepted(DOC, bytes);
            }
            if (file.hasStream("Workbook") || file.hasStream("Book")) {
                try (InputStream workbook = file.open(file.hasStream("Workbook") ? "Workbook" : "Book")) {
                    return excelGlobals(workbook, bytes);
                }
            }
            return new Refused(REFUSED_TYPE);
        } catch (CompoundFile.Unreadable | IOException | RuntimeException e) {
            return new Refused(REFUSED_TYPE);
        }
    }

    /**
     * Walks the BIFF records of the workbook globals up to their EOF: a FILEPASS record means the
     * workbook is encrypted, a BOUNDSHEET of type macro sheet (1) or VBA module (6) means Excel 4 or
     * VBA macros. The stream is read record by record, never whole; one that ends before EOF is no
     * workbook.
     */
    private static Decision excelGlobals(InputStream workbook, byte[] bytes) throws IOException {
        byte[] header = new byte[4];
        byte[] data = new byte[0xFFFF];
        while (workbook.readNBytes(header, 0, 4) == 4) {
            int type = (header[0] & 0xFF) | (header[1] & 0xFF) << 8;
            int length = (header[2] & 0xFF) | (header[3] & 0xFF) << 8;
            if (type == 0x000A) {
                return new Accepted(XLS, bytes);
            }
            if (type == 0x002F) {
                return new Refused(REFUSED_PROTECTED);
            }
            if (workbook.readNBytes(data, 0, length) < length) {
                break;
            }
            if (type == 0x0085 && length >= 6) {
                int sheetType = data[5] & 0xFF;
                if (sheetType == 1 || sheetType == 6) {
                    return new Refused(REFUSED_MACRO);
                }
            }
        }
        return new Refused(REFUSED_TYPE);
    }

    /**
     * The name to store and offer on download: only the last path part of what the browser sent,
     * without control characters, at most 200 characters, and with an extension that fits the
     * detected type, so that the confidant's computer opens it with the right program
     * ({@code evil.exe} holding a PDF becomes {@code evil.exe.pdf}).
     *
     * @param fallbackBase used when no usable name was sent, e.g. {@code bijlage}
     */
    public static String storedName(String submitted, String contentType, String fallbackBase) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
        name = clean.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip(); // ". x" is "x", not " x": stored once, a name stays as it is
        }
        List<String> fitting = EXTENSIONS.getOrDefault(contentType, List.of("bin"));
        if (name.isEmpty()) {
            name = fallbackBase;
        }
        if (!fitting.contains(extension(name.toLowerCase(Locale.ROOT)))) {
            name = name + "." + fitting.get(0);
        }
        if (name.length() > MAX_NAME_LENGTH) {
            String extension = "." + extension(name);
            int cut = MAX_NAME_LENGTH - extension.length();
            if (Character.isHighSurrogate(name.charAt(cut - 1))) {
                cut--;
            }
            name = name.substring(0, cut).strip() + extension;
        }
        return name;
    }

    private static String extension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash && dot < name.length() - 1 ? name.substring(dot + 1) : "";
    }

    /** The detector's answer for these bytes; no name is given to it. */
    static String detect(byte[] bytes) {
        return TIKA.detect(bytes);
    }
}
