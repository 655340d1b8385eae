package org.salespipeline.build;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the browser scripts' unit tests under src/test/js with Node's built-in test runner ({@code node --test}), as
 * the build's {@code test} phase does. Without Node 20 or later on the PATH they are skipped with a message, or fail
 * when {@code -Dscripts.required=true} (as CI runs them).
 */
public final class ScriptTests {

    static final int NODE_MAJOR = 20;

    private ScriptTests() {
    }

    /** Arguments: the folder of the tests. Throws (failing the build) when a test fails or a required Node is missing. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path tests = Path.of(args.length > 0 ? args[0] : "src/test/js");
        boolean required = Boolean.getBoolean("scripts.required");
        Optional<String> problem = nodeProblem();
        if (problem.isPresent()) {
            String message = "Script tests need Node " + NODE_MAJOR + " or later as `node` on the PATH: " + problem.get();
            if (required) {
                throw new IllegalStateException(message + "; scripts.required=true, so this is a failure");
            }
            System.out.println("[WARNING] " + message + "; skipping the script tests");
            return;
        }
        Process node = new ProcessBuilder("node", "--test", "--test-reporter=spec", tests.toString()).inheritIO().start();
        if (!node.waitFor(10, TimeUnit.MINUTES)) {
            node.destroyForcibly();
            throw new IllegalStateException("The script tests did not finish within 10 minutes");
        }
        if (node.exitValue() != 0) {
            throw new IllegalStateException("Script tests failed (node --test exited with " + node.exitValue() + ")");
        }
    }

    /** Why Node cannot run the tests, or empty when it can. */
    static Optional<String> nodeProblem() throws IOException, InterruptedException {
        boolean onPath = List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "node")));
        if (!onPath) {
            return Optional.of("not found");
        }
        Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
        String text = new String(version.getInputStream().readAllBytes()).trim();
        version.waitFor(30, TimeUnit.SECONDS);
        int major = text.matches("v\\d+\\..*") ? Integer.parseInt(text.substring(1, text.indexOf('.'))) : 0;
        return major >= NODE_MAJOR ? Optional.empty() : Optional.of("found " + text);
    }
}
