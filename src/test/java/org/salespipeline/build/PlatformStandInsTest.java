package org.salespipeline.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.build.ClassFileReferences.MethodReference;
import org.salespipeline.build.StandInSources.Member;
import org.salespipeline.build.StandInSources.Status;
import org.salespipeline.jira.provisioning.JiraFields;

/**
 * The rules for platform stand-ins: each names, in one line, where its signatures were checked; each of its types and
 * public members says for which Jira it was confirmed (or that it was not); each type states its kind in Jira, has that
 * kind, and the app's compiled calls use the reference that kind needs.
 */
class PlatformStandInsTest {

    static final Path STAND_INS = Path.of("src", "platform-api", "java");

    /** owner/repo@commit:path of public code, or a versioned docs.atlassian.com Javadoc URL. */
    private static final Pattern CITATION = Pattern.compile(
            "Checked: (?:[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+@[0-9a-f]{7,40}:\\S+"
                    + "|https://docs\\.atlassian\\.com/\\S*\\d+\\.\\d+\\S*)");

    /** The sentence of README.md's Known limits that gives the counts. */
    private static final Pattern README_COUNTS = Pattern.compile("The stand-ins declare (\\d+) members[^:]*: (\\d+) confirmed for"
            + " Jira 10/11 \\((\\d+) of them for Jira 10\\.3 too, (\\d+) not confirmed for Jira 10\\.3\\),"
            + " (\\d+) known only from older Jira[^,]*, and (\\d+) unconfirmed");

    private static List<Member> members;

    @BeforeAll
    static void readStandIns() throws IOException {
        members = StandInSources.members();
    }

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

    @Test
    @DisplayName("every type and public member of a stand-in has exactly one note: Confirmed, Known only from or Unconfirmed")
    void everyMemberSaysWhereItWasConfirmed() {
        assertThat(members).as("members read from %s", STAND_INS).hasSizeGreaterThan(100);
        List<String> lacking = new ArrayList<>();
        for (Member member : members) {
            Status status = member.status();
            if (status == Status.MISSING || status == Status.AMBIGUOUS) {
                lacking.add(member.describe() + (status == Status.MISSING ? ": no note"
                        : ": not exactly one well-formed note ('Confirmed: Jira 10/11.x — …', 'Known only from: Jira N — …'"
                                + " or 'Unconfirmed: …')"));
            }
        }
        assertThat(lacking).as("stand-in members without a single confirmation note").isEmpty();
    }

    @Test
    @DisplayName("every stand-in type states its kind in Jira, and is declared as that kind")
    void everyTypeHasItsJiraKind() throws ClassNotFoundException {
        List<String> wrong = new ArrayList<>();
        for (Member type : types()) {
            String stated = type.jiraKind().orElse(null);
            if (stated == null || !StandInSources.KINDS.contains(stated)) {
                wrong.add(type.binaryType() + ": no 'Jira kind: …' line with one of " + StandInSources.KINDS);
                continue;
            }
            String declared = StandInSources.kindOf(Class.forName(type.binaryType(), false, getClass().getClassLoader()));
            if (!declared.equals(stated)) {
                wrong.add(type.binaryType() + ": Jira has it as " + stated + ", the stand-in declares " + declared);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("every call the app makes on a stand-in type is compiled for that type's kind in Jira (no invokevirtual on an interface)")
    void appCallsFitTheJiraKinds() throws IOException, URISyntaxException {
        Map<String, String> kinds = jiraKinds();
        List<MethodReference> references = new ArrayList<>();
        for (Path classFile : appClassFiles()) {
            references.addAll(ClassFileReferences.methodReferences(classFile));
        }
        assertThat(references).as("the app's calls on stand-in types")
                .anyMatch(reference -> kinds.containsKey(reference.owner()));
        assertThat(mismatches(references, kinds)).isEmpty();
    }

    @Test
    @DisplayName("a class-style call on a type Jira has as an interface is reported, and the other way round")
    void theKindCheckCatchesBothMismatches() {
        Map<String, String> kinds = Map.of(
                "com/atlassian/jira/issue/fields/config/FieldConfigScheme", "interface",
                "com/atlassian/jira/issue/fields/config/FieldConfigScheme$Builder", "static nested class");
        List<MethodReference> references = List.of(
                new MethodReference("com/atlassian/jira/issue/fields/config/FieldConfigScheme", "getId", "()Ljava/lang/Long;", false),
                new MethodReference("com/atlassian/jira/issue/fields/config/FieldConfigScheme$Builder", "setName",
                        "(Ljava/lang/String;)Lcom/atlassian/jira/issue/fields/config/FieldConfigScheme$Builder;", true),
                new MethodReference("com/atlassian/jira/issue/fields/config/FieldConfigScheme$Builder", "<init>",
                        "(Lcom/atlassian/jira/issue/fields/config/FieldConfigScheme;)V", false),
                new MethodReference("java/lang/String", "length", "()I", false));
        assertThat(mismatches(references, kinds)).hasSize(2)
                .anyMatch(problem -> problem.contains("FieldConfigScheme.getId") && problem.contains("interface"))
                .anyMatch(problem -> problem.contains("Builder.setName") && problem.contains("static nested class"));
    }

    @Test
    @DisplayName("JiraFields reads a new field context's id through an interface call; its contexts are built with the nested Builder class")
    void fieldContextsAreCompiledForJirasKinds() throws IOException {
        List<MethodReference> references = new ArrayList<>();
        for (String classFile : List.of("JiraFields.class", "CoreFieldContexts.class")) {
            try (var bytes = JiraFields.class.getResourceAsStream(classFile)) {
                references.addAll(ClassFileReferences.methodReferences(bytes));
            }
        }
        assertThat(references).contains(
                new MethodReference("com/atlassian/jira/issue/fields/config/FieldConfigScheme", "getId", "()Ljava/lang/Long;", true),
                new MethodReference("com/atlassian/jira/issue/fields/config/FieldConfigScheme$Builder", "<init>",
                        "(Lcom/atlassian/jira/issue/fields/config/FieldConfigScheme;)V", false),
                new MethodReference("com/atlassian/jira/issue/fields/config/FieldConfigScheme$Builder", "toFieldConfigScheme",
                        "()Lcom/atlassian/jira/issue/fields/config/FieldConfigScheme;", false));
    }

    @Test
    @DisplayName("every member confirmed from Jira 11 code says whether Jira 10 code confirms it for Jira 10.3; no other member has that line")
    void everyJira11MemberSaysWhatItIsOnJira10() {
        List<String> unfit = members.stream().filter(member -> !member.jira10LineFits())
                .map(member -> member.describe() + (member.confirmedFromJira11()
                        ? ": not exactly one 'Jira 10.3: confirmed from Jira 10.x — …' or 'Jira 10.3: not confirmed — …' line"
                        : ": a 'Jira 10.3:' line, but no Jira 11 note it would qualify"))
                .toList();
        assertThat(unfit).as("stand-in members whose Jira 10.3 line is missing, malformed or out of place").isEmpty();
        assertThat(members.stream().filter(Member::confirmedFromJira11)).hasSizeGreaterThan(50);
    }

    @Test
    @DisplayName("README's Known limits gives the stand-ins' counts as the notes have them")
    void readmeGivesTheCounts() throws IOException {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        members.forEach(member -> counts.merge(member.status(), 1, Integer::sum));
        long forJira10 = members.stream().filter(Member::confirmedForJira10).count();
        int confirmed = counts.getOrDefault(Status.CONFIRMED, 0);
        String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
        Matcher sentence = README_COUNTS.matcher(readme);
        assertThat(sentence.find()).as("README.md says 'The stand-ins declare N members …: C confirmed for Jira 10/11"
                + " (T of them for Jira 10.3 too, E not confirmed for Jira 10.3), O known only from older Jira … and U"
                + " unconfirmed'").isTrue();
        assertThat(List.of(sentence.group(1), sentence.group(2), sentence.group(3), sentence.group(4), sentence.group(5),
                sentence.group(6))).containsExactly(String.valueOf(members.size()), String.valueOf(confirmed),
                        String.valueOf(forJira10), String.valueOf(confirmed - forJira10),
                        String.valueOf(counts.getOrDefault(Status.OLDER, 0)),
                        String.valueOf(counts.getOrDefault(Status.UNCONFIRMED, 0)));
    }

    /** The references whose sort (Methodref or InterfaceMethodref) does not fit the Jira kind of their owner. */
    static List<String> mismatches(List<MethodReference> references, Map<String, String> kinds) {
        List<String> problems = new ArrayList<>();
        for (MethodReference reference : references) {
            String kind = kinds.get(reference.owner());
            if (kind != null && reference.interfaceReference() != StandInSources.isInterfaceKind(kind)) {
                problems.add(reference.describe() + " is compiled as if " + reference.owner().replace('/', '.') + " were "
                        + (reference.interfaceReference() ? "an interface" : "a class") + ", but Jira has it as " + kind);
            }
        }
        return problems;
    }

    /** The Jira kind of every stand-in type, by internal name ({@code com/atlassian/…/Outer$Inner}). */
    private static Map<String, String> jiraKinds() {
        Map<String, String> kinds = new TreeMap<>();
        for (Member type : types()) {
            kinds.put(type.binaryType().replace('.', '/'), type.jiraKind().orElse("unknown"));
        }
        return kinds;
    }

    private static List<Member> types() {
        return members.stream().filter(Member::isType).toList();
    }

    /** The app's own compiled classes (the stand-ins compile into the same directory, under com/atlassian and org/ofbiz). */
    private static List<Path> appClassFiles() throws IOException, URISyntaxException {
        Path classes = Path.of(JiraFields.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes.resolve(Path.of("org", "salespipeline")))) {
            return files.filter(path -> path.toString().endsWith(".class")).sorted().toList();
        }
    }

    static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(STAND_INS)) {
            return files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
    }
}
