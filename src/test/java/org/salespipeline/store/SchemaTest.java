package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The names in the store's SQL are exactly those Atlassian's converters give the entities' tables and columns. */
class SchemaTest {

    private static final List<Class<? extends RawEntity<?>>> SQL_TABLES =
            List.of(DealEntity.class, StayEntity.class, TransitionEntity.class, FieldChangeEntity.class,
                    PipelineEntity.class, StatusMappingEntity.class);

    @Test
    @DisplayName("every table name in the SQL is the one AO gives the entity")
    void tableNames() {
        AtlassianTableNameConverter tables = new AtlassianTableNameConverter(name -> AoNaming.TABLE_PREFIX + "_" + name);
        assertThat(Schema.unquoted(Schema.DEAL)).isEqualTo(tables.getName(DealEntity.class));
        assertThat(Schema.unquoted(Schema.STAY)).isEqualTo(tables.getName(StayEntity.class));
        assertThat(Schema.unquoted(Schema.TRANSITION)).isEqualTo(tables.getName(TransitionEntity.class));
        assertThat(Schema.unquoted(Schema.FIELD_CHANGE)).isEqualTo(tables.getName(FieldChangeEntity.class));
    }

    @Test
    @DisplayName("every column name in the SQL is a column AO creates for one of those entities")
    void columnNames() throws IllegalAccessException {
        AtlassianFieldNameConverter fields = new AtlassianFieldNameConverter();
        Set<String> columns = new HashSet<>();
        for (Class<? extends RawEntity<?>> entity : SQL_TABLES) {
            for (Method method : entity.getMethods()) {
                if (method.getParameterCount() == 0 && (method.getName().startsWith("get") || method.getName().startsWith("is"))) {
                    columns.add(fields.getName(method));
                }
            }
        }
        for (Field field : Schema.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String name = Schema.unquoted((String) field.get(null));
                if (!name.startsWith(AoNaming.TABLE_PREFIX)) {
                    assertThat(columns).as("column %s", field.getName()).contains(name);
                }
            }
        }
    }
}
