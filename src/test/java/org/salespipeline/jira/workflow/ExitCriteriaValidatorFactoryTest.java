package org.salespipeline.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.criteria.ExitCheck;

/** The validator's configuration: the admin's choice becomes its one argument, and every choice has a label. */
class ExitCriteriaValidatorFactoryTest {

    private final ExitCriteriaValidatorFactory factory = new ExitCriteriaValidatorFactory();

    @Test
    @DisplayName("the chosen check is stored as the validator's argument; an unknown one is refused")
    void descriptorParams() {
        assertThat(factory.getDescriptorParams(Map.of("check", new String[] {"won"}))).isEqualTo(Map.of("check", "won"));
        assertThatThrownBy(() -> factory.getDescriptorParams(Map.of("check", new String[] {"maybe"})))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the edit form offers every check with the stored one selected")
    void editForm() {
        ValidatorDescriptor descriptor = new ValidatorDescriptor();
        putArgument(descriptor, "check", "lost");
        Map<String, Object> params = new HashMap<>();

        factory.getVelocityParamsForEdit(params, descriptor);

        assertThat(params.get("checks")).isEqualTo(java.util.List.of("qualification", "won", "lost", "disqualified"));
        assertThat(params.get("check")).isEqualTo("lost");
    }

    @SuppressWarnings("unchecked")
    private static void putArgument(ValidatorDescriptor descriptor, String name, String value) {
        descriptor.getArgs().put(name, value);
    }

    @Test
    @DisplayName("every exit check has the label the validator's templates show")
    void everyCheckHasALabel() throws Exception {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/sales-pipeline.properties")) {
            bundle.load(in);
        }
        for (ExitCheck check : ExitCheck.values()) {
            assertThat(bundle.getProperty("sales-pipeline.validator.check." + check.argument())).isNotBlank();
        }
    }
}
