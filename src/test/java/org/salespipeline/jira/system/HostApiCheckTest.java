package org.salespipeline.jira.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.jira.system.HostApiCheck.Finding;
import org.salespipeline.jira.system.HostApiReferences.Kind;
import org.salespipeline.jira.system.HostApiReferences.Reference;

/** The list of host API members the build writes from our classes, and how the system check looks them up. */
class HostApiCheckTest {

    private static final ClassLoader LOADER = HostApiCheckTest.class.getClassLoader();

    @Test
    @DisplayName("the build lists the host members our classes call, each with how it is called")
    void buildListsHostMembers() {
        List<Reference> references = HostApiReferences.load(LOADER);

        assertThat(references).hasSizeGreaterThan(100);
        assertThat(references).contains(new Reference(Kind.INTERFACE_METHOD,
                "com.atlassian.activeobjects.external.ActiveObjects", "findWithSQL",
                "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/String;[Ljava/lang/Object;)[Lnet/java/ao/RawEntity;"));
        assertThat(references).extracting(Reference::owner)
                .allMatch(owner -> owner.startsWith("com.atlassian.") || owner.startsWith("net.java.ao.")
                        || owner.startsWith("com.opensymphony.") || owner.startsWith("org.ofbiz."));
    }

    @Test
    @DisplayName("against the API we compile with, every listed member is there as called")
    void everyMemberIsPresentInTheCompileApi() {
        List<Finding> missing = HostApiCheck.check(HostApiReferences.load(LOADER), LOADER).stream()
                .filter(finding -> !finding.present()).toList();

        assertThat(missing).isEmpty();
    }

    @Test
    @DisplayName("a type that is an interface where we call a class (or the reverse), a missing member or type is named")
    void differencesAreNamed() {
        List<Finding> findings = HostApiCheck.check(List.of(
                new Reference(Kind.METHOD, "java.util.List", "size", "()I"),
                new Reference(Kind.INTERFACE_METHOD, "java.util.ArrayList", "size", "()I"),
                new Reference(Kind.INTERFACE_METHOD, "java.util.List", "sizeInBytes", "()I"),
                new Reference(Kind.METHOD, "java.lang.String", "length", "()J"),
                new Reference(Kind.FIELD, "java.lang.Integer", "MAX_VALUE", ":I"),
                new Reference(Kind.FIELD, "java.lang.Integer", "MAX_VALUE", ":J"),
                new Reference(Kind.METHOD, "java.lang.StringBuilder", "<init>", "(Ljava/lang/String;)V"),
                new Reference(Kind.METHOD, "com.atlassian.jira.NoSuchManager", "get", "()V")), LOADER);

        assertThat(findings).extracting(finding -> finding.problem() == null ? null
                : org.salespipeline.text.BundleTexts.ENGLISH.text(finding.problem())).containsExactly(
                "java.util.List is an interface, but the app calls it as a class",
                "java.util.ArrayList is a class, but the app calls it as an interface",
                "no method sizeInBytes()I on java.util.List",
                "no method length()J on java.lang.String",
                null,
                "no field MAX_VALUE:J on java.lang.Integer",
                null,
                "no type com.atlassian.jira.NoSuchManager");
    }

    @Test
    @DisplayName("a listed line reads back as the member it was written from")
    void linesRoundTrip() {
        Reference field = new Reference(Kind.FIELD, "com.atlassian.jira.event.type.EventType", "ISSUE_MOVED_ID",
                ":Ljava/lang/Long;");
        Reference method = new Reference(Kind.METHOD, "a.B$C", "<init>", "(J)V");
        assertThat(Reference.parse(field.line())).isEqualTo(field);
        assertThat(Reference.parse(method.line())).isEqualTo(method);
    }
}
