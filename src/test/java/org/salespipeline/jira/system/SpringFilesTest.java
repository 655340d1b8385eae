package org.salespipeline.jira.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The system check reads the services from every Spring XML file the bundle has, and no other. */
class SpringFilesTest {

    @Test
    @DisplayName("the system check's list of Spring XML files is exactly the files in META-INF/spring")
    void sameFilesAsTheBundle() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/META-INF/spring"))) {
            assertThat(files.map(f -> "META-INF/spring/" + f.getFileName())).containsExactlyInAnyOrderElementsOf(
                    SystemCheck.SPRING_FILES);
        }
    }
}
