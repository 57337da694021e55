package nl.meldpunt.configuration;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against a JSON Schema (draft 2020-12), for the keywords the configuration schema uses:
 * {@code $ref} (to {@code #/$defs/...}), type, const, enum, required, properties, additionalProperties, items,
 * minItems, minLength, maxLength, pattern, minimum, maximum and not. An unknown keyword fails, so that the schema
 * cannot grow a rule this check silently skips.
 */
final class SchemaCheck {

    private static final java.util.Set<String> KNOWN = java.util.Set.of("$schema", "$id", "$defs", "$ref", "title", "description",
            "type", "const", "enum", "required", "properties", "additionalProperties", "items", "minItems", "minLength",
            "maxLength", "pattern", "minimum", "maximum", "not");

    private final JsonObject root;

    SchemaCheck(JsonObject root) {
        this.root = root;
    }

    /** The places where {@code value} breaks the schema; empty when it is valid. */
    List<String> errors(JsonValue value) {
        List<String> errors = new ArrayList<>();
        check(root, value, "$", errors);
        return errors;
    }

    private void check(JsonObject schema, JsonValue value, String path, List<String> errors) {
        for (String keyword : schema.keySet()) {
            if (!KNOWN.contains(keyword)) {
                throw new IllegalStateException("Keyword not checked: " + keyword);
            }
        }
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalStateException("Only local references: " + ref);
            }
            check(root.getJsonObject("$defs").getJsonObject(ref.substring("#/$defs/".length())), value, path, errors);
        }
        if (schema.containsKey("type") && !hasType(value, schema.getString("type"))) {
            errors.add(path + ": not a " + schema.getString("type"));
            return;
        }
        if (schema.containsKey("const") && !same(schema.get("const"), value)) {
            errors.add(path + ": not " + schema.get("const"));
        }
        if (schema.containsKey("enum") && schema.getJsonArray("enum").stream().noneMatch(e -> same(e, value))) {
            errors.add(path + ": not one of " + schema.get("enum"));
        }
        if (schema.containsKey("not") && errorsOf(schema.getJsonObject("not"), value, path).isEmpty()) {
            errors.add(path + ": matches what is not allowed");
        }
        if (value instanceof JsonString s) {
            String text = s.getString();
            int length = text.codePointCount(0, text.length());
            if (schema.containsKey("minLength") && length < schema.getInt("minLength")) {
                errors.add(path + ": too short");
            }
            if (schema.containsKey("maxLength") && length > schema.getInt("maxLength")) {
                errors.add(path + ": too long");
            }
            if (schema.containsKey("pattern") && !Pattern.compile(schema.getString("pattern")).matcher(text).find()) {
                errors.add(path + ": does not match " + schema.getString("pattern"));
            }
        }
        if (value instanceof JsonNumber n) {
            if (schema.containsKey("minimum") && n.bigDecimalValue().compareTo(schema.getJsonNumber("minimum").bigDecimalValue()) < 0) {
                errors.add(path + ": below " + schema.get("minimum"));
            }
            if (schema.containsKey("maximum") && n.bigDecimalValue().compareTo(schema.getJsonNumber("maximum").bigDecimalValue()) > 0) {
                errors.add(path + ": above " + schema.get("maximum"));
            }
        }
        if (value instanceof JsonArray array) {
            if (schema.containsKey("minItems") && array.size() < schema.getInt("minItems")) {
                errors.add(path + ": too few items");
            }
            if (schema.containsKey("items")) {
                for (int i = 0; i < array.size(); i++) {
                    check(schema.getJsonObject("items"), array.get(i), path + "[" + i + "]", errors);
                }
            }
        }
        if (value instanceof JsonObject object) {
            if (schema.containsKey("required")) {
                for (JsonValue name : schema.getJsonArray("required")) {
                    if (!object.containsKey(((JsonString) name).getString())) {
                        errors.add(path + ": " + name + " missing");
                    }
                }
            }
            JsonObject properties = schema.containsKey("properties") ? schema.getJsonObject("properties") : JsonValue.EMPTY_JSON_OBJECT;
            for (String name : object.keySet()) {
                if (properties.containsKey(name)) {
                    check(properties.getJsonObject(name), object.get(name), path + "." + name, errors);
                } else if (schema.containsKey("additionalProperties")) {
                    JsonValue additional = schema.get("additionalProperties");
                    if (additional == JsonValue.FALSE) {
                        errors.add(path + ": " + name + " is not allowed");
                    } else if (additional instanceof JsonObject additionalSchema) {
                        check(additionalSchema, object.get(name), path + "." + name, errors);
                    }
                }
            }
        }
    }

    private List<String> errorsOf(JsonObject schema, JsonValue value, String path) {
        List<String> errors = new ArrayList<>();
        check(schema, value, path, errors);
        return errors;
    }

    private static boolean hasType(JsonValue value, String type) {
        return switch (type) {
            case "object" -> value.getValueType() == JsonValue.ValueType.OBJECT;
            case "array" -> value.getValueType() == JsonValue.ValueType.ARRAY;
            case "string" -> value.getValueType() == JsonValue.ValueType.STRING;
            case "boolean" -> value == JsonValue.TRUE || value == JsonValue.FALSE;
            case "number" -> value.getValueType() == JsonValue.ValueType.NUMBER;
            case "integer" -> value instanceof JsonNumber n && n.bigDecimalValue().stripTrailingZeros().scale() <= 0;
            default -> throw new IllegalStateException("Type not checked: " + type);
        };
    }

    private static boolean same(JsonValue a, JsonValue b) {
        if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
            return x.bigDecimalValue().compareTo(y.bigDecimalValue()) == 0;
        }
        return a.equals(b);
    }
}
