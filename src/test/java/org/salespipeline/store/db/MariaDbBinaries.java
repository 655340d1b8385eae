package org.salespipeline.store.db;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The installed MariaDB programs the test server needs: the server itself and the data directory initialiser. */
record MariaDbBinaries(Path server, Path installDb) {

    /** Directories searched: those of {@code -Dmariadb.path} when set, otherwise the PATH, /usr/sbin and /usr/bin. */
    static List<Path> searchPath() {
        String configured = System.getProperty("mariadb.path");
        String directories = configured != null ? configured
                : String.join(File.pathSeparator, System.getenv().getOrDefault("PATH", ""), "/usr/sbin", "/usr/bin");
        return Arrays.stream(directories.split(File.pathSeparator))
                .filter(directory -> !directory.isBlank())
                .map(Path::of)
                .distinct()
                .toList();
    }

    /** Both programs, when both are installed somewhere on the search path. */
    static Optional<MariaDbBinaries> find() {
        List<Path> directories = searchPath();
        return locate("mariadbd", directories)
                .flatMap(server -> locate("mariadb-install-db", directories)
                        .map(installDb -> new MariaDbBinaries(server, installDb)));
    }

    private static Optional<Path> locate(String program, List<Path> directories) {
        return directories.stream()
                .map(directory -> directory.resolve(program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
