package org.salespipeline.demo.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.salespipeline.demo.data.DealParser.ParsedDeal;

/**
 * Reads a history file: {@code {"pipelines":[…],"deals":[…]}}. Deals get issue ids 1, 2, 3… in file order, so a deal's
 * id follows from its place in the file. Every problem of a bad file is collected, each with its line and deal, and
 * reported in one {@link HistoryFileException}; a bad file loads nothing.
 */
public final class HistoryFileReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final List<HistoryFileProblem> problems = new ArrayList<>();
    private final Map<String, PipelineSpec> pipelines = new LinkedHashMap<>();
    private final List<ParsedDeal> deals = new ArrayList<>();
    // Projects whose pipeline has problems of its own; their deals are not reported as lacking a pipeline as well.
    private final Set<String> rejectedProjects = new HashSet<>();
    private final Set<String> topFields = new HashSet<>();
    private final Map<String, Set<String>> statusNamesByProject = new HashMap<>();

    private HistoryFileReader() {
    }

    public static HistoryFile read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read history file " + file, e);
        }
    }

    /** Reads a history file from {@code reader}; {@code source} names it in error messages. */
    public static HistoryFile read(Reader reader, String source) {
        HistoryFileReader reading = new HistoryFileReader();
        try (JsonParser parser = JSON.createParser(reader)) {
            reading.readTop(parser);
        } catch (JsonProcessingException e) {
            reading.problems.add(new HistoryFileProblem(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), null,
                    "invalid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read history file " + source, e);
        }
        return reading.result(source);
    }

    private void readTop(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            problem(parser, "a history file must be an object with \"pipelines\" and \"deals\"");
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            topFields.add(name);
            switch (name) {
                case "pipelines" -> readArray(parser, name, this::addPipeline);
                case "deals" -> readArray(parser, name, value -> deals.add(
                        DealParser.parse(value, deals.size() + 1L, problems)));
                default -> {
                    problem(parser, "unknown field \"" + name + "\"");
                    parser.skipChildren();
                }
            }
        }
        if (parser.nextToken() != null) {
            problem(parser, "unexpected content after the end of the history file");
        }
        for (String required : List.of("pipelines", "deals")) {
            if (!topFields.contains(required)) {
                problems.add(new HistoryFileProblem(1, null, "missing field \"" + required + "\""));
            }
        }
    }

    // Elements are read one at a time so that only one deal's JSON is held in memory at once.
    private void readArray(JsonParser parser, String name, Consumer<JsonValue> element) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            problem(parser, "\"" + name + "\" must be an array, not " + JsonValue.read(parser).kind());
            return;
        }
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null;
                token = parser.nextToken()) {
            element.accept(JsonValue.read(parser));
        }
    }

    private void addPipeline(JsonValue value) {
        PipelineSpec pipeline = PipelineParser.parse(value, problems);
        String declared = PipelineParser.declaredProject(value);
        if (pipeline == null && declared != null) {
            rejectedProjects.add(declared);
        } else if (pipeline != null && pipelines.putIfAbsent(pipeline.project(), pipeline) != null) {
            problems.add(new HistoryFileProblem(value.line(), "pipeline " + pipeline.project(),
                    "project " + pipeline.project() + " has a pipeline already"));
        }
    }

    private HistoryFile result(String source) {
        checkAgainstWholeFile();
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(HistoryFileProblem::line));
            throw new HistoryFileException(source, problems);
        }
        return new HistoryFile(List.copyOf(pipelines.values()), deals.stream().map(ParsedDeal::deal).toList());
    }

    private void checkAgainstWholeFile() {
        Map<String, Integer> firstLines = new HashMap<>();
        for (ParsedDeal parsed : deals) {
            if (parsed.key() == null) {
                continue;
            }
            Integer first = firstLines.putIfAbsent(parsed.key(), parsed.keyLine());
            if (first != null) {
                dealProblem(parsed, parsed.keyLine(), "key " + parsed.key() + " is used already, at line " + first);
            }
            String project = parsed.key().substring(0, parsed.key().lastIndexOf('-'));
            PipelineSpec pipeline = pipelines.get(project);
            if (pipeline == null && !rejectedProjects.contains(project)) {
                dealProblem(parsed, parsed.keyLine(), "project " + project + " has no pipeline in this file");
            } else if (pipeline != null) {
                checkStatuses(parsed, pipeline);
            }
        }
    }

    private void checkStatuses(ParsedDeal parsed, PipelineSpec pipeline) {
        Set<String> statusNames = statusNamesByProject.computeIfAbsent(pipeline.project(),
                project -> Set.copyOf(pipeline.statusNames()));
        for (int i = 0; i < parsed.statuses().length; i++) {
            String status = parsed.statuses()[i];
            if (status != null && !statusNames.contains(status)) {
                dealProblem(parsed, parsed.statusLines()[i], "status \"" + status + "\" is not a status of the "
                        + pipeline.template() + " pipeline");
            }
        }
    }

    private void dealProblem(ParsedDeal parsed, int line, String message) {
        problems.add(HistoryFileProblem.ofDeal(line, parsed.key(), message));
    }

    private void problem(JsonParser parser, String message) {
        problems.add(new HistoryFileProblem(parser.currentTokenLocation().getLineNr(), null, message));
    }
}
