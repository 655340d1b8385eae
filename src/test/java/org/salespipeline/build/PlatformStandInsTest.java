package org.salespipeline.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rule for platform stand-ins: each names, in one line, where its signatures were checked. */
class PlatformStandInsTest {

    static final Path STAND_INS = Path.of("src", "platform-api", "java");

    /** owner/repo@commit:path of public code, or a versioned docs.atlassian.com Javadoc URL. */
    private static final Pattern CITATION = Pattern.compile(
            "Checked: (?:[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+@[0-9a-f]{7,40}:\\S+"
                    + "|https://docs\\.atlassian\\.com/\\S*\\d+\\.\\d+\\S*)");

    @Test
    @DisplayName("every platform stand-in names where its signatures were checked")
    void everyStandInCitesItsSource() throws IOException {
        List<Path> standIns = javaFiles();
        assertThat(standIns).as("stand-ins under %s", STAND_INS).isNotEmpty();
        for (Path file : standIns) {
            assertThat(CITATION.matcher(Files.readString(file)).find())
                    .as("%s has a 'Checked: owner/repo@commit:path' or versioned Javadoc line", file)
                    .isTrue();
        }
    }

    @Test
    @DisplayName("stand-ins live only in Atlassian packages (and its entity engine's), never in the app's own")
    void standInsAreOnlyAtlassianTypes() throws IOException {
        for (Path file : javaFiles()) {
            assertThat(STAND_INS.relativize(file).toString().replace('\\', '/')).matches("(com/atlassian|org/ofbiz)/.+");
        }
    }

    static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(STAND_INS)) {
            return files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
    }
}
