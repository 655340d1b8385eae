package org.salespipeline.demo.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value of a history file with the 1-based line it starts on: text, a number (as a double), true or false,
 * null, an object (field names to values, in file order) or an array.
 */
record JsonValue(Object value, int line) {

    /** Reads the value that starts at the parser's current token and leaves the parser on its last token. */
    static JsonValue read(JsonParser parser) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> new JsonValue(readFields(parser), line);
            case START_ARRAY -> new JsonValue(readElements(parser), line);
            case VALUE_STRING -> new JsonValue(parser.getText(), line);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonValue(parser.getDoubleValue(), line);
            case VALUE_TRUE, VALUE_FALSE -> new JsonValue(parser.getBooleanValue(), line);
            case VALUE_NULL -> new JsonValue(null, line);
            default -> throw new IllegalStateException("No JSON value starts at " + token);
        };
    }

    boolean isNull() {
        return value == null;
    }

    boolean isObject() {
        return value instanceof Map;
    }

    @SuppressWarnings("unchecked")
    Map<String, JsonValue> fields() {
        return (Map<String, JsonValue>) value;
    }

    @SuppressWarnings("unchecked")
    List<JsonValue> elements() {
        return (List<JsonValue>) value;
    }

    /** What kind of value this is, in the words an error message uses. */
    String kind() {
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof Double) {
            return "a number";
        }
        return value == null ? "null" : "true or false";
    }

    private static Map<String, JsonValue> readFields(JsonParser parser) throws IOException {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            fields.put(name, read(parser));
        }
        return fields;
    }

    private static List<JsonValue> readElements(JsonParser parser) throws IOException {
        List<JsonValue> elements = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null;
                token = parser.nextToken()) {
            elements.add(read(parser));
        }
        return elements;
    }
}
