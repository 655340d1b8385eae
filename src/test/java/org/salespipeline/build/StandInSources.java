package org.salespipeline.build;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The platform stand-ins as their sources declare them: every type (top-level and nested) and every public or protected
 * constructor, method and field, each with the confirmation note its Javadoc gives it.
 *
 * <p>The notes, one per member, are Javadoc lines of one of three forms:
 * <ul>
 * <li>{@code Confirmed: Jira 11.3 — <source>} — seen in code or Javadoc for Jira 10 or 11 (Platform 7 or 8);</li>
 * <li>{@code Known only from: Jira 8.20 — <source>} — seen only for an older Jira, or in the libraries of an older
 * platform ({@code Known only from: Jira 9 (Platform 6) — …});</li>
 * <li>{@code Unconfirmed: <what is missing>} — not seen anywhere in that form.</li>
 * </ul>
 * A member confirmed from Jira 11 code also says what it is on Jira 10.3, in a second line: {@code Jira 10.3:
 * confirmed from Jira 10.3 — <source>} when Jira 10 code uses it the same way, else {@code Jira 10.3: not confirmed —
 * <what was looked at>}. A member confirmed from Jira 10 code is confirmed for Jira 10.3 by its note alone.
 * Each type also says what it is in Jira with a {@code Jira kind: interface} line (class, abstract class, interface,
 * annotation, enum; nested types: nested interface, static nested class, inner class).
 */
final class StandInSources {

    static final Pattern CONFIRMED = Pattern.compile("^Confirmed: Jira 1[01](?:\\.\\d+)*\\b[^\u2014\\n]* \u2014 \\S.*$",
            Pattern.MULTILINE);
    static final Pattern OLDER = Pattern.compile("^Known only from: Jira [1-9](?:\\.\\d+)*\\b[^\u2014\\n]* \u2014 \\S.*$",
            Pattern.MULTILINE);
    static final Pattern UNCONFIRMED = Pattern.compile("^Unconfirmed: \\S.*$", Pattern.MULTILINE);
    /** A Confirmed note from Jira 11 code, which says nothing about Jira 10.3 by itself. */
    static final Pattern CONFIRMED_JIRA11 = Pattern.compile("^Confirmed: Jira 11\\b", Pattern.MULTILINE);
    /** What a member confirmed from Jira 11 code is on Jira 10.3: confirmed from Jira 10 code, or not confirmed. */
    static final Pattern JIRA10 = Pattern.compile("^Jira 10\\.3: (?:confirmed from Jira 10(?:\\.\\d+)*(?: and 10(?:\\.\\d+)*)?"
            + " \u2014 \\S.*|not confirmed \u2014 \\S.*)$", Pattern.MULTILINE);
    static final Pattern JIRA10_CONFIRMED = Pattern.compile("^Jira 10\\.3: confirmed from ", Pattern.MULTILINE);
    static final Pattern ANY_JIRA10 = Pattern.compile("^Jira 10\\.3:", Pattern.MULTILINE);
    /** Any line that starts like a note, well formed or not. */
    static final Pattern ANY_NOTE = Pattern.compile("^(?:Confirmed|Known only from|Unconfirmed):", Pattern.MULTILINE);
    static final Pattern KIND = Pattern.compile("^Jira kind: (.+)$", Pattern.MULTILINE);

    static final Set<String> KINDS = Set.of("class", "abstract class", "interface", "annotation", "enum", "nested interface",
            "static nested class", "inner class");

    enum Status { CONFIRMED, OLDER, UNCONFIRMED, MISSING, AMBIGUOUS }

    /** One declared member of a stand-in: a type, constructor, method or field. */
    record Member(Path file, String binaryType, String name, String kindOfMember, String doc) {

        boolean isType() {
            return kindOfMember.equals("type");
        }

        String describe() {
            return isType() ? binaryType + " (type)" : binaryType + "#" + name;
        }

        Status status() {
            int confirmed = count(CONFIRMED);
            int older = count(OLDER);
            int unconfirmed = count(UNCONFIRMED);
            int notes = count(ANY_NOTE);
            if (notes == 0) {
                return Status.MISSING;
            }
            if (notes != 1 || confirmed + older + unconfirmed != 1) {
                return Status.AMBIGUOUS;
            }
            return confirmed == 1 ? Status.CONFIRMED : older == 1 ? Status.OLDER : Status.UNCONFIRMED;
        }

        /** Confirmed from Jira 11 code only, so it must say what it is on Jira 10.3. */
        boolean confirmedFromJira11() {
            return status() == Status.CONFIRMED && count(CONFIRMED_JIRA11) == 1;
        }

        /** Confirmed for Jira 10.3: by a note from Jira 10 code, or by a Jira 10.3 line next to a Jira 11 note. */
        boolean confirmedForJira10() {
            return status() == Status.CONFIRMED && (!confirmedFromJira11() || count(JIRA10_CONFIRMED) == 1);
        }

        /** Whether its Jira 10.3 lines are as they must be: one well-formed line after a Jira 11 note, none otherwise. */
        boolean jira10LineFits() {
            return confirmedFromJira11() ? count(ANY_JIRA10) == 1 && count(JIRA10) == 1 : count(ANY_JIRA10) == 0;
        }

        /** The kind this type has in Jira, as its Javadoc states it. */
        Optional<String> jiraKind() {
            Matcher kind = KIND.matcher(doc);
            return kind.find() ? Optional.of(kind.group(1).trim()) : Optional.empty();
        }

        private int count(Pattern pattern) {
            return (int) pattern.matcher(doc).results().count();
        }
    }

    private StandInSources() {
    }

    static List<Member> members() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the tests need a JDK (javax.tools finds no compiler)");
        }
        List<Member> members = new ArrayList<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<Path> sources = PlatformStandInsTest.javaFiles();
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null, units);
            DocTrees docs = DocTrees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                Path file = Path.of(unit.getSourceFile().toUri());
                String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString() + ".";
                new TreePathScanner<Void, Void>() {
                    private final Deque<ClassTree> types = new ArrayDeque<>();
                    private final Deque<String> names = new ArrayDeque<>();

                    @Override
                    public Void visitClass(ClassTree type, Void unused) {
                        ClassTree outer = types.peek();
                        if (outer != null && !visible(type.getModifiers(), outer)) {
                            return null;
                        }
                        String binary = names.isEmpty() ? pkg + type.getSimpleName() : names.peek() + "$" + type.getSimpleName();
                        members.add(new Member(file, binary, type.getSimpleName().toString(), "type", doc(getCurrentPath())));
                        types.push(type);
                        names.push(binary);
                        try {
                            return super.visitClass(type, unused);
                        } finally {
                            types.pop();
                            names.pop();
                        }
                    }

                    @Override
                    public Void visitMethod(MethodTree method, Void unused) {
                        if (visible(method.getModifiers(), types.peek())) {
                            String name = method.getName().contentEquals("<init>") ? "<init>" : method.getName().toString();
                            String params = method.getParameters().stream().map(p -> p.getType().toString())
                                    .collect(Collectors.joining(", "));
                            members.add(new Member(file, names.peek(), name + "(" + params + ")",
                                    name.equals("<init>") ? "constructor" : "method", doc(getCurrentPath())));
                        }
                        return null;
                    }

                    @Override
                    public Void visitVariable(VariableTree field, Void unused) {
                        if (getCurrentPath().getParentPath().getLeaf() instanceof ClassTree
                                && visible(field.getModifiers(), types.peek())) {
                            members.add(new Member(file, names.peek(), field.getName().toString(), "field", doc(getCurrentPath())));
                        }
                        return null;
                    }

                    private String doc(TreePath path) {
                        String text = docs.getDocComment(path);
                        if (text == null) {
                            return "";
                        }
                        return text.lines().map(line -> line.replaceFirst("^\\s*\\*?\\s?", "").strip())
                                .collect(Collectors.joining("\n"));
                    }
                }.scan(unit, null);
            }
        }
        return members;
    }

    /** Public or protected, or a member of an interface or annotation (implicitly public unless private). */
    private static boolean visible(ModifiersTree modifiers, ClassTree enclosing) {
        Set<Modifier> flags = modifiers.getFlags();
        if (flags.contains(Modifier.PRIVATE)) {
            return false;
        }
        if (enclosing != null && (enclosing.getKind() == Tree.Kind.INTERFACE || enclosing.getKind() == Tree.Kind.ANNOTATION_TYPE)) {
            return true;
        }
        return flags.contains(Modifier.PUBLIC) || flags.contains(Modifier.PROTECTED);
    }

    /** The kind a compiled stand-in has, in the words of its {@code Jira kind:} line. */
    static String kindOf(Class<?> type) {
        if (type.isAnnotation()) {
            return "annotation";
        }
        if (type.isEnum()) {
            return "enum";
        }
        boolean nested = type.getEnclosingClass() != null;
        if (type.isInterface()) {
            return nested ? "nested interface" : "interface";
        }
        if (nested) {
            return java.lang.reflect.Modifier.isStatic(type.getModifiers()) ? "static nested class" : "inner class";
        }
        return java.lang.reflect.Modifier.isAbstract(type.getModifiers()) ? "abstract class" : "class";
    }

    static boolean isInterfaceKind(String kind) {
        return kind.equals("interface") || kind.equals("nested interface") || kind.equals("annotation");
    }
}
