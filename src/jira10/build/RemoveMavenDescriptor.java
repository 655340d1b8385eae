import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Takes Maven's build metadata (META-INF/maven/) out of the Jira 10.3 jar. The transformer plugin always writes the
 * build's POM into the jar it makes, and that POM names the Jira 11.3 build's Jakarta dependencies; Jira reads
 * none of it. Every other entry keeps its order, time and bytes. Run by the build: java RemoveMavenDescriptor.java JAR
 */
public final class RemoveMavenDescriptor {

    private static final String MAVEN_METADATA = "META-INF/maven/";

    private RemoveMavenDescriptor() {
    }

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".part");
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(rewritten);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith(MAVEN_METADATA)) {
                    continue;
                }
                ZipEntry kept = new ZipEntry(entry.getName());
                kept.setTime(entry.getTime());
                out.putNextEntry(kept);
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
    }
}
