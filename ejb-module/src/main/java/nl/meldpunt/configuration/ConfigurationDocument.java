package nl.meldpunt.configuration;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.meldpunt.organisation.HouseColours;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.procedure.ProcedureText;
import nl.meldpunt.publication.Frequency;
import nl.meldpunt.publication.PublicationKind;
import nl.meldpunt.questionnaire.StoredSets;

/**
 * Writes and reads the configuration file (docs/configuration-file.md; its JSON Schema is
 * {@value #SCHEMA_RESOURCE}, published as docs/organisation-configuration.schema.json). Reading checks everything
 * before anything is changed: the size before parsing, the format and its version, every text (plain text only:
 * no markup, no script), the ranges of the settings, the colours' contrast, the logo and the question and tip sets.
 */
public final class ConfigurationDocument {

    public static final String FORMAT = "meldpunt-organisation-configuration";
    public static final int FORMAT_VERSION = 1;
    /** A larger file is refused before it is read. */
    public static final int MAX_BYTES = 1024 * 1024;
    public static final String SCHEMA_RESOURCE = "/nl/meldpunt/configuration/organisation-configuration-1.schema.json";
    public static final int MAX_LOGO_BYTES = 200_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_DEPARTMENT = 200;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");
    /** Markup or script in a text: the texts are plain text, shown escaped, but a file carrying them is refused. */
    private static final Pattern MARKUP = Pattern.compile("[<>]|javascript:|vbscript:",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> TOP = Set.of("format", "formatVersion", "organisation", "branding", "settings",
            "questionSet", "tips", "reportSchedules", "procedure");
    /**
     * The procedure is prose: "fewer than 5 (< 5)" is a fair sentence there, so it is refused only for what looks
     * like a tag or a script address. It is shown escaped like every text.
     */
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-z!?][^>]*>|javascript:|vbscript:", Pattern.CASE_INSENSITIVE);
    private static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg", "image/svg+xml");

    private ConfigurationDocument() {
    }

    /** The file, pretty-printed; keys in a fixed order so that two exports of one configuration are equal. */
    public static String write(Configuration c) {
        JsonObjectBuilder branding = Json.createObjectBuilder()
                .add("primaryColour", c.primaryColour())
                .add("accentColour", c.accentColour());
        if (c.logo() != null) {
            branding.add("logo", Json.createObjectBuilder().add("contentType", c.logo().contentType())
                    .add("base64", Base64.getEncoder().encodeToString(c.logo().image())));
        }
        JsonArrayBuilder departments = Json.createArrayBuilder();
        c.departments().forEach(departments::add);
        JsonArrayBuilder schedules = Json.createArrayBuilder();
        for (Configuration.Schedule s : c.schedules()) {
            JsonArrayBuilder recipients = Json.createArrayBuilder();
            s.recipients().forEach(recipients::add);
            schedules.add(Json.createObjectBuilder().add("kind", s.kind()).add("frequency", s.frequency())
                    .add("dayOfMonth", s.dayOfMonth()).add("attachFiles", s.attachFiles()).add("active", s.active())
                    .add("recipients", recipients));
        }
        JsonObject root = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("formatVersion", FORMAT_VERSION)
                .add("organisation", Json.createObjectBuilder().add("name", c.name()).add("slug", c.slug()))
                .add("branding", branding)
                .add("settings", Json.createObjectBuilder()
                        .add("statusUpdateIntervalDays", c.statusUpdateIntervalDays())
                        .add("checkinAfterMonths", c.checkinAfterMonths())
                        .add("retentionMonths", c.retentionMonths())
                        .add("smallCountThreshold", c.smallCountThreshold())
                        .add("departments", departments))
                .add("questionSet", withoutVersion(c.questionSetJson()))
                .add("tips", withoutVersion(c.tipsJson()))
                .add("reportSchedules", schedules)
                .build();
        if (c.procedure() != null) { // optional: an organisation without a published procedure has none in its file
            root = Json.createObjectBuilder(root).add("procedure", Json.createObjectBuilder()
                    .add("nl", c.procedure().dutch()).add("en", c.procedure().english())).build();
        }
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(root);
        }
        return out.toString().strip() + "\n";
    }

    /** A question or tip set's JSON without its version number (the number belongs to the organisation that stores it). */
    public static JsonObject withoutVersion(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return Json.createObjectBuilder(reader.readObject()).remove("version").build();
        }
    }

    /** Reads and checks a file; {@link ConfigurationRefused} names every problem and nothing is read further. */
    public static Configuration read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new ConfigurationRefused(new ConfigurationRefused.Problem("configuration.refused.empty"));
        }
        if (file.length > MAX_BYTES) { // before parsing: a large file is never read into a tree
            throw new ConfigurationRefused(new ConfigurationRefused.Problem("configuration.refused.tooLarge",
                    String.valueOf(MAX_BYTES / 1024 / 1024), String.valueOf(file.length)));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigurationRefused(new ConfigurationRefused.Problem("configuration.refused.malformed", "UTF-8"));
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            String where = e instanceof jakarta.json.stream.JsonParsingException p && p.getLocation() != null
                    ? p.getLocation().getLineNumber() + ":" + p.getLocation().getColumnNumber() : "?";
            throw new ConfigurationRefused(new ConfigurationRefused.Problem("configuration.refused.malformed", where));
        } catch (RuntimeException e) {
            // Parsson refuses nesting deeper than 1000 levels with a plain RuntimeException ("Input is too deeply nested").
            throw new ConfigurationRefused(new ConfigurationRefused.Problem("configuration.refused.malformed", "?"));
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ConfigurationRefused(new ConfigurationRefused.Problem("configuration.refused.malformed", "{ … }"));
        }
        return new Reader(value.asJsonObject()).read();
    }

    /** Hex SHA-256, for the fingerprint that ties a confirmation to the diff that was shown. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads one parsed file, collecting problems. */
    private static final class Reader {

        private final JsonObject root;
        private final List<ConfigurationRefused.Problem> problems = new ArrayList<>();

        Reader(JsonObject root) {
            this.root = root;
        }

        Configuration read() {
            JsonValue format = root.get("format");
            if (!(format instanceof JsonString s) || !FORMAT.equals(s.getString())) {
                throw new ConfigurationRefused(new ConfigurationRefused.Problem("configuration.refused.format", FORMAT));
            }
            JsonValue version = root.get("formatVersion");
            if (!(version instanceof JsonNumber n) || !n.isIntegral() || n.intValue() != FORMAT_VERSION) {
                throw new ConfigurationRefused(new ConfigurationRefused.Problem("configuration.refused.version",
                        String.valueOf(version), String.valueOf(FORMAT_VERSION)));
            }
            root.forEach((key, value) -> {
                if (!"procedure".equals(key)) {
                    texts(value, key);
                } else {
                    procedureTexts(value);
                }
            });
            unknown(root, TOP, "");
            if (!problems.isEmpty()) {
                throw new ConfigurationRefused(problems);
            }
            JsonObject organisation = object(root, "organisation", "");
            JsonObject branding = object(root, "branding", "");
            JsonObject settings = object(root, "settings", "");
            String name = string(organisation, "name", "organisation.");
            String slug = string(organisation, "slug", "organisation.");
            unknown(organisation, Set.of("name", "slug"), "organisation.");
            if (name != null && (name.isBlank() || name.strip().length() > MAX_NAME)) {
                problems.add(new ConfigurationRefused.Problem("configuration.refused.name", String.valueOf(MAX_NAME)));
            }
            if (slug != null && !SLUG.matcher(slug).matches()) {
                problems.add(new ConfigurationRefused.Problem("configuration.refused.slug", slug));
            }
            String primary = string(branding, "primaryColour", "branding.");
            String accent = string(branding, "accentColour", "branding.");
            unknown(branding, Set.of("primaryColour", "accentColour", "logo"), "branding.");
            colours(primary, accent);
            Configuration.Logo logo = logo(branding);
            unknown(settings, Set.of("statusUpdateIntervalDays", "checkinAfterMonths", "retentionMonths", "smallCountThreshold",
                    "departments"), "settings.");
            int interval = number(settings, "statusUpdateIntervalDays", Organisation.MIN_STATUS_UPDATE_DAYS,
                    Organisation.MAX_STATUS_UPDATE_DAYS);
            int checkin = number(settings, "checkinAfterMonths", Organisation.MIN_CHECKIN_MONTHS, Organisation.MAX_CHECKIN_MONTHS);
            int retention = number(settings, "retentionMonths", Organisation.MIN_RETENTION_MONTHS, Organisation.MAX_RETENTION_MONTHS);
            int threshold = number(settings, "smallCountThreshold", Organisation.MIN_SMALL_COUNT_THRESHOLD,
                    Organisation.MAX_SMALL_COUNT_THRESHOLD);
            List<String> departments = departments(settings);
            String questionSet = set(root, "questionSet", true);
            String tips = set(root, "tips", false);
            List<Configuration.Schedule> schedules = schedules();
            Configuration.Procedure procedure = procedure();
            if (!problems.isEmpty()) {
                throw new ConfigurationRefused(problems);
            }
            return new Configuration(name.strip(), slug, primary.toUpperCase(Locale.ROOT), accent.toUpperCase(Locale.ROOT), logo,
                    interval, checkin, retention, threshold, departments, questionSet, tips, schedules, procedure);
        }

        /** Every text in the file, wherever it is (also in the question and tip sets), must be plain text. */
        private void texts(JsonValue value, String path) {
            switch (value.getValueType()) {
                case STRING -> {
                    String s = ((JsonString) value).getString();
                    if (MARKUP.matcher(s).find() || s.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r')) {
                        problems.add(new ConfigurationRefused.Problem("configuration.refused.markup", path));
                    }
                }
                case OBJECT -> value.asJsonObject().forEach((k, v) -> {
                    if (MARKUP.matcher(k).find()) {
                        problems.add(new ConfigurationRefused.Problem("configuration.refused.markup", path + k));
                    }
                    texts(v, path.isEmpty() ? k : path + "." + k);
                });
                case ARRAY -> {
                    JsonArray array = value.asJsonArray();
                    for (int i = 0; i < array.size(); i++) {
                        texts(array.get(i), path + "[" + i + "]");
                    }
                }
                default -> {
                }
            }
        }

        private void unknown(JsonObject object, Set<String> known, String path) {
            if (object == null) {
                return;
            }
            for (String key : object.keySet()) {
                if (!known.contains(key)) {
                    problems.add(new ConfigurationRefused.Problem("configuration.refused.unknownField", path + key));
                }
            }
        }

        private JsonObject object(JsonObject parent, String key, String path) {
            JsonValue value = parent == null ? null : parent.get(key);
            if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(new ConfigurationRefused.Problem("configuration.refused.field", path + key));
                return null;
            }
            return value.asJsonObject();
        }

        private String string(JsonObject parent, String key, String path) {
            if (parent == null) {
                return null;
            }
            JsonValue value = parent.get(key);
            if (!(value instanceof JsonString s)) {
                problems.add(new ConfigurationRefused.Problem("configuration.refused.field", path + key));
                return null;
            }
            return s.getString();
        }

        private int number(JsonObject settings, String key, int min, int max) {
            if (settings == null) {
                return 0;
            }
            JsonValue value = settings.get(key);
            if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
                problems.add(new ConfigurationRefused.Problem("configuration.refused.field", "settings." + key));
                return 0;
            }
            long v = n.longValue();
            if (v < min || v > max) {
                problems.add(new ConfigurationRefused.Problem("configuration.refused.range", "settings." + key,
                        String.valueOf(min), String.valueOf(max), n.toString()));
                return 0;
            }
            return (int) v;
        }

        private void colours(String primary, String accent) {
            boolean valid = true;
            for (String colour : new String[] {primary, accent}) {
                if (colour != null && !HouseColours.valid(colour)) {
                    problems.add(new ConfigurationRefused.Problem("configuration.refused.colour", colour));
                    valid = false;
                }
            }
            if (valid && primary != null && accent != null) {
                for (HouseColours.Pair pair : HouseColours.failing(primary, accent)) {
                    problems.add(new ConfigurationRefused.Problem("configuration.refused.contrast", pair.colour(), pair.against(),
                            pair.ratioText(), pair.requiredText()));
                }
            }
        }

        private Configuration.Logo logo(JsonObject branding) {
            if (branding == null || !branding.containsKey("logo") || branding.isNull("logo")) {
                return null;
            }
            JsonObject logo = object(branding, "logo", "branding.");
            if (logo == null) {
                return null;
            }
            unknown(logo, Set.of("contentType", "base64"), "branding.logo.");
            String type = string(logo, "contentType", "branding.logo.");
            String base64 = string(logo, "base64", "branding.logo.");
            if (type == null || base64 == null) {
                return null;
            }
            byte[] image;
            try {
                image = Base64.getDecoder().decode(base64);
            } catch (IllegalArgumentException e) {
                problems.add(new ConfigurationRefused.Problem("configuration.refused.logo"));
                return null;
            }
            if (!LOGO_TYPES.contains(type) || image.length == 0 || image.length > MAX_LOGO_BYTES || !looksLike(type, image)) {
                problems.add(new ConfigurationRefused.Problem("configuration.refused.logo"));
                return null;
            }
            return new Configuration.Logo(type, image);
        }

        /** The content matches its type: PNG and JPEG by their magic bytes; an SVG has no script, handler or foreign link. */
        private static boolean looksLike(String type, byte[] image) {
            return switch (type) {
                case "image/png" -> image.length > 8 && (image[0] & 0xFF) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G';
                case "image/jpeg" -> image.length > 3 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8;
                default -> {
                    String svg = new String(image, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                    yield svg.contains("<svg") && !svg.contains("<script") && !svg.contains("javascript:")
                            && !svg.contains("<foreignobject") && !Pattern.compile("\\son[a-z]+\\s*=").matcher(svg).find()
                            && !svg.contains("href=\"http") && !svg.contains("<!entity");
                }
            };
        }

        /** The optional procedure: Dutch required, English may be empty, each at most {@link ProcedureText#MAX_LENGTH}. */
        private Configuration.Procedure procedure() {
            if (!root.containsKey("procedure")) {
                return null;
            }
            JsonObject procedure = object(root, "procedure", "");
            String dutch = string(procedure, "nl", "procedure.");
            String english = string(procedure, "en", "procedure.");
            unknown(procedure, Set.of("nl", "en"), "procedure.");
            if (dutch == null || english == null) {
                return null;
            }
            dutch = ProcedureText.normalised(dutch);
            english = ProcedureText.normalised(english);
            if (dutch.isEmpty() || dutch.length() > ProcedureText.MAX_LENGTH || english.length() > ProcedureText.MAX_LENGTH) {
                problems.add(new ConfigurationRefused.Problem("configuration.refused.procedure", String.valueOf(ProcedureText.MAX_LENGTH)));
                return null;
            }
            return new Configuration.Procedure(dutch, english);
        }

        private void procedureTexts(JsonValue value) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return; // procedure() names it
            }
            // Also the text as it is stored: normalising removes invisible control characters, which must not hide a tag.
            value.asJsonObject().forEach((key, text) -> {
                if (text instanceof JsonString s && (TAG.matcher(s.getString()).find()
                        || TAG.matcher(ProcedureText.normalised(s.getString())).find()
                        || s.getString().chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r'))) {
                    problems.add(new ConfigurationRefused.Problem("configuration.refused.markup", "procedure." + key));
                }
            });
        }

        private List<String> departments(JsonObject settings) {
            List<String> names = new ArrayList<>();
            if (settings == null || !settings.containsKey("departments")) {
                return names;
            }
            JsonValue value = settings.get("departments");
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                problems.add(new ConfigurationRefused.Problem("configuration.refused.field", "settings.departments"));
                return names;
            }
            for (JsonValue v : value.asJsonArray()) {
                if (!(v instanceof JsonString s) || s.getString().isBlank() || s.getString().length() > MAX_DEPARTMENT
                        || s.getString().contains("\n")) {
                    problems.add(new ConfigurationRefused.Problem("configuration.refused.field", "settings.departments"));
                    return names;
                }
                names.add(s.getString().strip());
            }
            return names.stream().distinct().toList();
        }

        private String set(JsonObject parent, String key, boolean questions) {
            JsonObject set = object(parent, key, "");
            if (set == null) {
                return null;
            }
            String json = Json.createObjectBuilder(set).remove("version").build().toString();
            try {
                if (questions) {
                    StoredSets.checkQuestionSet(json);
                } else {
                    StoredSets.checkTips(json);
                }
            } catch (IllegalArgumentException e) {
                problems.add(new ConfigurationRefused.Problem(questions ? "configuration.refused.questionSet" : "configuration.refused.tips",
                        String.valueOf(e.getMessage())));
                return null;
            }
            return json;
        }

        private List<Configuration.Schedule> schedules() {
            List<Configuration.Schedule> schedules = new ArrayList<>();
            JsonValue value = root.get("reportSchedules");
            if (value == null) {
                return schedules;
            }
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                problems.add(new ConfigurationRefused.Problem("configuration.refused.field", "reportSchedules"));
                return schedules;
            }
            Set<String> seen = new HashSet<>();
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                String path = "reportSchedules[" + i + "].";
                if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    problems.add(new ConfigurationRefused.Problem("configuration.refused.field", "reportSchedules[" + i + "]"));
                    continue;
                }
                JsonObject s = array.get(i).asJsonObject();
                unknown(s, Set.of("kind", "frequency", "dayOfMonth", "attachFiles", "active", "recipients"), path);
                String kind = string(s, "kind", path);
                String frequency = string(s, "frequency", path);
                boolean known = kind != null && frequency != null;
                try {
                    if (known) {
                        PublicationKind k = PublicationKind.valueOf(kind);
                        Frequency f = Frequency.valueOf(frequency);
                        if (k == PublicationKind.ANNUAL && f != Frequency.YEARLY) {
                            throw new IllegalArgumentException("annual");
                        }
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(new ConfigurationRefused.Problem("configuration.refused.schedule", path + "kind"));
                    known = false;
                }
                JsonValue day = s.get("dayOfMonth");
                int dayOfMonth = 0;
                if (!(day instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 1 || n.longValue() > Frequency.LAST_DAY) {
                    problems.add(new ConfigurationRefused.Problem("configuration.refused.range", path + "dayOfMonth", "1",
                            String.valueOf(Frequency.LAST_DAY), String.valueOf(day)));
                } else {
                    dayOfMonth = n.intValue();
                }
                boolean attach = bool(s, "attachFiles", path);
                boolean active = bool(s, "active", path);
                List<String> recipients = new ArrayList<>();
                JsonValue r = s.get("recipients");
                if (r != null) {
                    if (r.getValueType() != JsonValue.ValueType.ARRAY) {
                        problems.add(new ConfigurationRefused.Problem("configuration.refused.field", path + "recipients"));
                    } else {
                        for (JsonValue login : r.asJsonArray()) {
                            if (login instanceof JsonString ls && !ls.getString().isBlank() && ls.getString().length() <= 100) {
                                recipients.add(ls.getString());
                            } else {
                                problems.add(new ConfigurationRefused.Problem("configuration.refused.field", path + "recipients"));
                            }
                        }
                    }
                }
                if (known && !seen.add(kind + "/" + frequency)) {
                    problems.add(new ConfigurationRefused.Problem("configuration.refused.scheduleTwice", kind + "/" + frequency));
                }
                if (known) {
                    schedules.add(new Configuration.Schedule(kind, frequency, dayOfMonth, attach, active, recipients));
                }
            }
            return schedules;
        }

        private boolean bool(JsonObject parent, String key, String path) {
            JsonValue value = parent.get(key);
            if (value == JsonValue.TRUE) {
                return true;
            }
            if (value != JsonValue.FALSE) {
                problems.add(new ConfigurationRefused.Problem("configuration.refused.field", path + key));
            }
            return false;
        }
    }
}
