package org.salespipeline.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OnDemandAdapterTest {

    /** An adapter lacking the services it is told to lack. */
    private record Adapter(List<String> unavailable) implements HostBacked {
    }

    private static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(org.salespipeline.text.Message why, Throwable cause) {
            super("unavailable: " + org.salespipeline.text.BundleTexts.ENGLISH.text(why), cause);
        }
    }

    private final List<String> built = new ArrayList<>();

    private OnDemandAdapter<Adapter> onDemand(List<String> missing) {
        return new OnDemandAdapter<>(() -> {
            built.add("built");
            return new Adapter(missing);
        }, Unavailable::new);
    }

    @Test
    @DisplayName("an adapter with every service it needs is handed out as built")
    void ready() {
        assertThat(onDemand(List.of()).ready().unavailable()).isEmpty();
        assertThat(built).hasSize(1);
    }

    @Test
    @DisplayName("an adapter lacking host services is refused, the message naming each one")
    void missingServices() {
        assertThatThrownBy(() -> onDemand(List.of("com.example.One", "com.example.Two")).ready())
                .isInstanceOf(Unavailable.class)
                .hasMessage("unavailable: this Jira does not offer apps com.example.One, com.example.Two")
                .hasNoCause();
    }

    @Test
    @DisplayName("an adapter whose class this Jira lacks is refused with the linkage error as its cause")
    void cannotBeBuilt() {
        NoClassDefFoundError missingClass = new NoClassDefFoundError("com/atlassian/jira/Gone");
        OnDemandAdapter<Adapter> onDemand = new OnDemandAdapter<>(() -> {
            throw missingClass;
        }, Unavailable::new);

        assertThatThrownBy(onDemand::ready).isInstanceOf(Unavailable.class)
                .hasMessage("unavailable: com/atlassian/jira/Gone").hasCause(missingClass);
    }

    @Test
    @DisplayName("a failed call becomes the caller's unavailable exception, describing the failure")
    void failedCall() {
        NoSuchMethodError gone = new NoSuchMethodError("'void com.atlassian.Thing.call()'");

        RuntimeException failure = onDemand(List.of()).unavailable(gone);

        assertThat(failure).isInstanceOf(Unavailable.class).hasCause(gone)
                .hasMessage("unavailable: " + org.salespipeline.text.BundleTexts.ENGLISH.text(HostService.describe(gone)));
    }
}
