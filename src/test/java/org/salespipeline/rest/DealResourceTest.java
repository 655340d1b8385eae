package org.salespipeline.rest;

import static org.salespipeline.text.BundleTexts.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salespipeline.access.AccessPolicy;
import org.salespipeline.workspace.DealView;
import org.salespipeline.workspace.WorkspaceFixture;

/** Who may read and change a deal through the resource, over the real store: browse to read, edit to change. */
class DealResourceTest {

    private WorkspaceFixture fixture;

    @BeforeEach
    void store(@TempDir Path directory) {
        fixture = new WorkspaceFixture(directory);
        fixture.deal(1, "Negotiation", 1000.0, WorkspaceFixture.moves(0, "Prospecting", 5, "Negotiation"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    @DisplayName("a user who may browse but not edit reads the deal read-only and gets 403 for BANT and ticks, which change nothing")
    void browseOnly() {
        DealResource resource = new DealResource(fixture.workspace, access("viewer", true, false));

        DealView deal = resource.get("ACME-1");
        assertThat(deal.canEdit()).isFalse();
        RestException bant = catchThrowableOfType(RestException.class,
                () -> resource.bant("ACME-1", Map.of("BUDGET", new DealResource.BantJson("CONFIRMED", "note"))));
        RestException tick = catchThrowableOfType(RestException.class,
                () -> resource.tick("ACME-1", "pricing-agreed", new DealResource.TickJson(null, true, 0L)));

        assertThat(bant.status()).isEqualTo(403);
        assertThat(english(bant.errors().get(0).message())).isEqualTo("You may view ACME-1 but not edit it.");
        assertThat(tick.status()).isEqualTo(403);
        assertThat(fixture.written).isEmpty();
        DealView after = resource.get("ACME-1");
        assertThat(after.checklists().get(0).version()).isZero();
        assertThat(after.bant().criteria().get(0).note()).isNull();
    }

    @Test
    @DisplayName("anonymous gets 401; a user who may not browse the deal gets the same 404 as for a key that does not exist")
    void anonymousAndOutOfReach() {
        assertThat(catchThrowableOfType(RestException.class,
                () -> new DealResource(fixture.workspace, access(null, false, false)).get("ACME-1")).status()).isEqualTo(401);
        RestException hidden = catchThrowableOfType(RestException.class,
                () -> new DealResource(fixture.workspace, access("stranger", false, false)).get("ACME-1"));
        RestException missing = catchThrowableOfType(RestException.class,
                () -> new DealResource(fixture.workspace, access("stranger", true, true)).get("ACME-404"));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(hidden.errors().get(0).field()).isEqualTo(missing.errors().get(0).field()).isEqualTo("issueKey");
    }

    @Test
    @DisplayName("a Jira that cannot take the answers gives 409 with its reason, and no note is stored")
    void jiraRefuses() {
        DealResource resource = new DealResource(fixture.workspace, access("rep", true, true));

        RestException refused = catchThrowableOfType(RestException.class, () -> resource.bant("ACME-1",
                Map.of("TIMELINE", new DealResource.BantJson("CONFIRMED", "Signs in March"))));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(english(refused.errors().get(0).message())).contains("Timeline");
        assertThat(resource.get("ACME-1").bant().criteria().get(3).note()).isNull();
    }

    private static AccessPolicy access(String user, boolean browse, boolean edit) {
        return new AccessPolicy() {
            @Override
            public Optional<String> currentUser() {
                return Optional.ofNullable(user);
            }

            @Override
            public boolean canBrowseProject(String projectKey) {
                return browse;
            }

            @Override
            public boolean canBrowseDeal(String issueKey) {
                return browse;
            }

            @Override
            public boolean canEditDeal(String issueKey) {
                return edit;
            }

            @Override
            public boolean isAdmin() {
                return false;
            }
        };
    }
}
