package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import net.java.ao.atlassian.AtlassianTableNameConverter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The table names written in the app's SQL are the ones Active Objects gives its tables in Jira. */
class AoNamingTest {

    @Test
    @DisplayName("the prefix is AO_ and the last six hex digits of the namespace's MD5, as in Jira Software's AO_60DB71")
    void prefixFollowsAoRule() {
        assertThat(AoNaming.prefixFor("com.pyxis.greenhopper.jira")).isEqualTo("AO_60DB71");
        assertThat(AoNaming.TABLE_PREFIX).isEqualTo("AO_56680E");
    }

    @Test
    @DisplayName("table names match Atlassian's own table name converter for the app's entities")
    void tableNamesMatchAtlassianConverter() {
        AtlassianTableNameConverter converter =
                new AtlassianTableNameConverter(name -> AoNaming.TABLE_PREFIX + "_" + name);
        assertThat(AoNaming.table("PIPELINE")).isEqualTo(converter.getName(PipelineEntity.class));
    }
}
