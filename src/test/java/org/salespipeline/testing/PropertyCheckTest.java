package org.salespipeline.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The property runner runs the stated number of tries, deterministically, and reports what failed. */
class PropertyCheckTest {

    @Test
    @DisplayName("runs exactly the given number of tries, drawing the same cases for the same seed")
    void runsTriesDeterministically() {
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        PropertyCheck.forAll(25, 7L, random -> random.nextInt(1000), first::add);
        PropertyCheck.forAll(25, 7L, random -> random.nextInt(1000), second::add);
        assertThat(first).hasSize(25).isEqualTo(second);
    }

    @Test
    @DisplayName("a failing case is reported with its seed and the case itself")
    void reportsFailingCase() {
        assertThatThrownBy(() -> PropertyCheck.forAll(50, 3L, random -> random.nextInt(10),
                value -> assertThat(value).isLessThan(5)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("seed 3")
                .hasMessageContaining("-Dproperty.seed=3");
    }
}
