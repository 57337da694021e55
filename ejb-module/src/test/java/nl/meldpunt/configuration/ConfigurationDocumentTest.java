package nl.meldpunt.configuration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.meldpunt.questionnaire.StoredSets;
import org.junit.jupiter.api.Test;

/**
 * The configuration file against its published JSON Schema (docs/organisation-configuration.schema.json, served as
 * /schema/organisation-configuration-1.json): an export validates; what the schema refuses the reader refuses too,
 * with the message that says why; the size is checked before the file is read.
 */
class ConfigurationDocumentTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    private static Configuration sample() {
        return new Configuration("Gemeente Voorbeeldstad", "demo", "#00557F", "#E17000", new Configuration.Logo("image/png", PNG),
                14, 12, 24, 5, List.of("Publiekszaken", "Sociaal domein"),
                StoredSets.defaultQuestionSetJson(), StoredSets.defaultTipsJson(),
                List.of(new Configuration.Schedule("ANNUAL", "YEARLY", 15, false, true, List.of("hr")),
                        new Configuration.Schedule("REGISTER", "QUARTERLY", 1, true, false, List.of())),
                new Configuration.Procedure("Zo melden wij.\n\n- Bij de vertrouwenspersoon\n- Of extern", "How we report."));
    }

    private static JsonObject schema() throws IOException {
        try (InputStream in = ConfigurationDocument.class.getResourceAsStream(ConfigurationDocument.SCHEMA_RESOURCE)) {
            return json(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void anExportValidatesAgainstThePublishedSchemaAndReadsBackUnchanged() throws IOException {
        String file = ConfigurationDocument.write(sample());
        assertEquals(List.of(), new SchemaCheck(schema()).errors(json(file)));
        JsonObject root = json(file);
        assertEquals("meldpunt-organisation-configuration", root.getString("format"));
        assertEquals(1, root.getInt("formatVersion"));
        assertFalse(root.getJsonObject("questionSet").containsKey("version"), "each organisation numbers its own versions");

        Configuration back = ConfigurationDocument.read(file.getBytes(StandardCharsets.UTF_8));
        assertEquals(file, ConfigurationDocument.write(back), "read and written again: the same file");
        assertArrayEquals(PNG, back.logo().image());
        assertEquals(List.of("hr"), back.schedules().get(0).recipients());
        assertEquals(sample().procedure(), back.procedure());
    }

    /** The procedure is optional (none published: none in the file), and it is prose: a lone "<" is fine, a tag is not. */
    @Test
    void theProcedureIsOptionalAndProseButNeverMarkup() throws IOException {
        Configuration sample = sample();
        Configuration without = new Configuration(sample.name(), sample.slug(), sample.primaryColour(), sample.accentColour(),
                sample.logo(), 14, 12, 24, 5, sample.departments(), sample.questionSetJson(), sample.tipsJson(), sample.schedules(), null);
        String file = ConfigurationDocument.write(without);
        assertFalse(json(file).containsKey("procedure"));
        assertEquals(List.of(), new SchemaCheck(schema()).errors(json(file)));
        assertEquals(null, ConfigurationDocument.read(file.getBytes(StandardCharsets.UTF_8)).procedure());

        String prose = ConfigurationDocument.write(sample).replace("How we report.", "Fewer than 5 (< 5) and more than 2 (> 2).");
        assertEquals(List.of(), new SchemaCheck(schema()).errors(json(prose)));
        assertEquals("Fewer than 5 (< 5) and more than 2 (> 2).",
                ConfigurationDocument.read(prose.getBytes(StandardCharsets.UTF_8)).procedure().english());
    }

    /**
     * Found by the import's round-trip property (ConfigurationDocumentFuzzTest, docs/fuzzing.md): an invisible control character (DEL, U+0080-U+009F) inside a tag hid it
     * from the check, and normalising the text then removed the character: the file was taken with a tag in its
     * procedure, and its own export was refused. The check now also looks at the text as it is stored.
     */
    @Test
    void aTagHiddenByAControlCharacterIsRefusedAsMarkup() {
        for (String hidden : List.of("<\u007fimg src=x onerror=alert(1)>", "<\u0085a href=x>hier", "java\u009fscript:alert(1)")) {
            String bad = ConfigurationDocument.write(sample()).replace("How we report.", hidden);
            ConfigurationRefused refused = assertThrows(ConfigurationRefused.class,
                    () -> ConfigurationDocument.read(bad.getBytes(StandardCharsets.UTF_8)), hidden);
            assertTrue(refused.problems().contains(new ConfigurationRefused.Problem("configuration.refused.markup", "procedure.en")),
                    refused.getMessage());
        }
        String harmless = ConfigurationDocument.write(sample()).replace("How we report.", "Fewer than 5 (<\u007f 5).");
        assertEquals("Fewer than 5 (< 5).", ConfigurationDocument.read(harmless.getBytes(StandardCharsets.UTF_8)).procedure().english());
    }

    @Test
    void theSchemaInDocsIsTheOneTheAppServes() throws IOException {
        Path docs = Path.of("..", "docs", "organisation-configuration.schema.json");
        try (InputStream in = ConfigurationDocument.class.getResourceAsStream(ConfigurationDocument.SCHEMA_RESOURCE)) {
            assertEquals(Files.readString(docs), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema().getString("$schema"));
    }

    /** Each broken file: the schema finds an error, and the reader refuses it with the given message key. */
    @Test
    void whatTheSchemaRefusesTheReaderRefusesWithAClearReason() throws IOException {
        String good = ConfigurationDocument.write(sample());
        SchemaCheck check = new SchemaCheck(schema());
        List<String[]> cases = List.of(
                new String[] {"\"smallCountThreshold\": 5", "\"smallCountThreshold\": 2", "configuration.refused.range"},
                new String[] {"\"formatVersion\": 1", "\"formatVersion\": 2", "configuration.refused.version"},
                new String[] {"\"format\": \"meldpunt-organisation-configuration\"", "\"format\": \"other\"", "configuration.refused.format"},
                new String[] {"\"name\": \"Gemeente Voorbeeldstad\"", "\"name\": \"<script>alert(1)</script>\"", "configuration.refused.markup"},
                new String[] {"\"Publiekszaken\"", "\"JavaScript:alert(1)\"", "configuration.refused.markup"},
                new String[] {"Houd een logboek bij", "Houd een <b>logboek</b> bij", "configuration.refused.markup"},
                new String[] {"\"primaryColour\": \"#00557F\"", "\"primaryColour\": \"red\"", "configuration.refused.colour"},
                new String[] {"\"slug\": \"demo\"", "\"slug\": \"Demo Org\"", "configuration.refused.slug"},
                new String[] {"\"dayOfMonth\": 15", "\"dayOfMonth\": 31", "configuration.refused.range"},
                new String[] {"\"kind\": \"ANNUAL\"", "\"kind\": \"SECRET\"", "configuration.refused.schedule"},
                new String[] {"\"formatVersion\": 1,", "\"formatVersion\": 1, \"staff\": [],", "configuration.refused.unknownField"},
                new String[] {"\"type\": \"SINGLE_CHOICE\"", "\"type\": \"DRAWING\"", "configuration.refused.questionSet"},
                new String[] {"How we report.", "How we <img src=x onerror=alert(1)> report.", "configuration.refused.markup"},
                new String[] {"How we report.", "See javascript:alert(1)", "configuration.refused.markup"},
                new String[] {"\"nl\": \"Zo melden wij.", "\"nl\": \"\", \"x\": \"", "configuration.refused.unknownField"},
                new String[] {"\"nl\": \"Zo melden wij.\\n\\n- Bij de vertrouwenspersoon\\n- Of extern\"", "\"nl\": \"\"",
                        "configuration.refused.procedure"});
        for (String[] c : cases) {
            assertTrue(good.contains(c[0]), c[0]);
            String bad = good.replaceFirst(java.util.regex.Pattern.quote(c[0]), java.util.regex.Matcher.quoteReplacement(c[1]));
            assertFalse(check.errors(json(bad)).isEmpty(), "the schema refuses " + c[1]);
            ConfigurationRefused refused = assertThrows(ConfigurationRefused.class,
                    () -> ConfigurationDocument.read(bad.getBytes(StandardCharsets.UTF_8)), c[1]);
            assertTrue(refused.problems().stream().anyMatch(p -> p.key().equals(c[2])), c[1] + ": " + refused.getMessage());
        }
    }

    @Test
    void coloursThatFailTheContrastCheckAreRefused() {
        String bad = ConfigurationDocument.write(sample()).replace("\"primaryColour\": \"#00557F\"", "\"primaryColour\": \"#FFD700\"");
        ConfigurationRefused refused = assertThrows(ConfigurationRefused.class,
                () -> ConfigurationDocument.read(bad.getBytes(StandardCharsets.UTF_8)));
        assertEquals(new ConfigurationRefused.Problem("configuration.refused.contrast", "#FFD700", "#FFFFFF", "1.40", "4.5"),
                refused.problems().get(0));
    }

    @Test
    void malformedTooLargeAndEmptyFilesAreRefusedBeforeAnythingElse() {
        assertEquals("configuration.refused.malformed", refusal("{\"format\": ".getBytes(StandardCharsets.UTF_8)));
        assertEquals("configuration.refused.malformed", refusal("[1, 2]".getBytes(StandardCharsets.UTF_8)));
        assertEquals("configuration.refused.malformed", refusal(new byte[] {'{', (byte) 0xC3, '}'}));
        assertEquals("configuration.refused.empty", refusal(new byte[0]));
        // Found with the fuzz tests (docs/fuzzing.md): nested deeper than the parser takes (1000 levels), a 2 KB file gave a
        // plain RuntimeException instead of a refusal.
        String deep = "{\"format\": " + "[".repeat(1001) + "]".repeat(1001) + "}";
        assertEquals("configuration.refused.malformed", refusal(deep.getBytes(StandardCharsets.UTF_8)));
        byte[] large = new byte[10 * 1024 * 1024];
        Arrays.fill(large, (byte) '[');
        // Ten megabytes of '[' would nest far too deep for any parser: refused by its size, never parsed.
        assertEquals("configuration.refused.tooLarge", refusal(large));
        byte[] justOver = new byte[ConfigurationDocument.MAX_BYTES + 1];
        Arrays.fill(justOver, (byte) ' ');
        assertEquals("configuration.refused.tooLarge", refusal(justOver));
    }

    private static String refusal(byte[] file) {
        return assertThrows(ConfigurationRefused.class, () -> ConfigurationDocument.read(file)).problems().get(0).key();
    }
}
