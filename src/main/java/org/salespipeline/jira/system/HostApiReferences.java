package org.salespipeline.jira.system;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The members of the host's API that the app's bytecode refers to: every field, method and constructor of a
 * Jira, Atlassian, Active Objects or OSGi-workflow type named in the constant pool of one of the app's classes,
 * with how it is called (on a class or on an interface). The build writes the list into the jar ({@link #main});
 * the system check reads it back and looks each member up in the running Jira.
 */
public final class HostApiReferences {

    /** Where the list lives in the jar. */
    public static final String RESOURCE = "META-INF/sales-pipeline/host-api.txt";

    /** The packages (as internal names) whose types the host provides. */
    static final List<String> HOST_PACKAGES = List.of("com/atlassian/", "net/java/ao/", "com/opensymphony/", "org/ofbiz/");

    private HostApiReferences() {
    }

    /** How a member is referred to. */
    public enum Kind {
        /** A field, read or written. */
        FIELD,
        /** A method or constructor of a class. */
        METHOD,
        /** A method of an interface. */
        INTERFACE_METHOD
    }

    /** One member: its owner (binary name), name and JVM descriptor. */
    public record Reference(Kind kind, String owner, String name, String descriptor) implements Comparable<Reference> {

        /** The line that stands for it in the list. */
        public String line() {
            return kind + " " + owner + "#" + name + descriptor;
        }

        static Reference parse(String line) {
            String[] parts = line.split(" ", 2);
            int hash = parts[1].indexOf('#');
            int paren = parts[1].indexOf('(', hash);
            int descriptorAt = paren < 0 ? parts[1].indexOf(':', hash) : paren;
            String descriptor = parts[1].substring(descriptorAt);
            return new Reference(Kind.valueOf(parts[0]), parts[1].substring(0, hash),
                    parts[1].substring(hash + 1, descriptorAt), descriptor);
        }

        @Override
        public int compareTo(Reference other) {
            return line().compareTo(other.line());
        }
    }

    /** Writes the list of the classes under {@code args[0]} to {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path out = Path.of(args[1]);
        TreeSet<String> lines = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    read(in).forEach(reference -> lines.add(reference.line()));
                }
            }
        }
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    /** The list as the build wrote it into the app's jar. */
    public static List<Reference> load(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(Reference::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The host members one class file refers to. */
    static List<Reference> read(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("Not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNames = new int[count];
        int[][] refs = new int[count][];
        int[] refTags = new int[count];
        int[][] nameAndTypes = new int[count][];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 7 -> classNames[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 9, 10, 11 -> {
                    refTags[i] = tag;
                    refs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                }
                case 12 -> nameAndTypes[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 17, 18 -> in.readInt();
                default -> throw new IOException("Unknown constant pool tag " + tag);
            }
        }
        List<Reference> references = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (refs[i] == null) {
                continue;
            }
            String owner = utf8[classNames[refs[i][0]]];
            if (owner.startsWith("[") || HOST_PACKAGES.stream().noneMatch(owner::startsWith)) {
                continue;
            }
            int[] nameAndType = nameAndTypes[refs[i][1]];
            String descriptor = utf8[nameAndType[1]];
            Kind kind = refTags[i] == 9 ? Kind.FIELD : refTags[i] == 11 ? Kind.INTERFACE_METHOD : Kind.METHOD;
            references.add(new Reference(kind, owner.replace('/', '.'), utf8[nameAndType[0]],
                    kind == Kind.FIELD ? ":" + descriptor : descriptor));
        }
        return references;
    }
}
