package org.salespipeline.store.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.access.UserDirectory;
import org.salespipeline.demo.PluginDescriptor;

class ModelVersionsTest {

    @Test
    @DisplayName("the <ao> module lists the store's upgrade steps in the order of ModelVersions, one model version each")
    void theDescriptorListsTheStepsInOrder() {
        List<String> steps = ModelVersions.STEPS.stream().map(Class::getName).toList();
        assertThat(PluginDescriptor.load().aoUpgradeTasks()).isNotEmpty().isEqualTo(steps);
        assertThat(ModelVersions.STEPS).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("each step brings the store to its place in the list, counting from 1; the last is the latest version")
    void eachStepHasTheVersionOfItsPlace() throws ReflectiveOperationException {
        List<String> versions = new ArrayList<>();
        for (Class<? extends ActiveObjectsUpgradeTask> step : ModelVersions.STEPS) {
            versions.add(instance(step).getModelVersion().toString());
        }
        List<String> places = new ArrayList<>();
        for (int i = 1; i <= ModelVersions.STEPS.size(); i++) {
            places.add(String.valueOf(i));
        }
        assertThat(versions).isEqualTo(places);
        assertThat(ModelVersions.latest()).hasToString(String.valueOf(ModelVersions.STEPS.size()));
        assertThat(ModelVersions.of(OwnersByUserKey.class)).hasToString("1");
        assertThat(ModelVersion.valueOf(null).isOlderThan(ModelVersions.of(OwnersByUserKey.class))).isTrue();
    }

    @Test
    @DisplayName("a class that is not a step has no model version")
    void anUnlistedClassHasNoVersion() {
        assertThatThrownBy(() -> ModelVersions.of(NotAStep.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NotAStep.class.getName());
    }

    /** Steps are built by the plugin's container; a test builds each with a directory that knows nobody. */
    private static ActiveObjectsUpgradeTask instance(Class<? extends ActiveObjectsUpgradeTask> step)
            throws ReflectiveOperationException {
        Constructor<?> constructor = step.getConstructors()[0];
        Object[] arguments = new Object[constructor.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
            if (constructor.getParameterTypes()[i] == UserDirectory.class) {
                arguments[i] = new UserDirectory() {
                    @Override
                    public Optional<User> byKey(String key) {
                        return Optional.empty();
                    }

                    @Override
                    public Optional<User> byName(String username) {
                        return Optional.empty();
                    }
                };
            }
        }
        return (ActiveObjectsUpgradeTask) constructor.newInstance(arguments);
    }

    private static final class NotAStep implements ActiveObjectsUpgradeTask {
        @Override
        public ModelVersion getModelVersion() {
            return ModelVersion.valueOf("99");
        }

        @Override
        public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        }
    }
}
