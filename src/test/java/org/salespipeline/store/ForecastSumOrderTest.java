package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.metrics.DealVisibility;
import org.salespipeline.metrics.Forecast;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.PipelineTemplate;

/**
 * The forecast's monthly sums do not depend on the order in which the database returns its groups: a
 * {@code GROUP BY} without {@code ORDER BY} comes back in a different order on HSQLDB, PostgreSQL and MySQL, and
 * floating-point sums added up in another order can differ in their last digits. Needs no database.
 */
class ForecastSumOrderTest {

    private static final Pipeline ACME = PipelineConfig.fromTemplate(PipelineTemplate.byId("seven-stage"), "ACME",
            "ACME sales", "USD").pipeline();
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);

    @Test
    @DisplayName("every order of the same groups gives the same months, to the last digit")
    void sameMonthsInAnyOrder() throws Exception {
        List<Object[]> groups = new ArrayList<>();
        String[] stages = {"PROSPECTING", "QUALIFICATION", "INITIAL_CONTACT", "NEEDS_ASSESSMENT", "PROPOSAL",
                "NEGOTIATION", "CLOSING"};
        long[] amounts = {48_249, 29_934, 15_380, 10_342, 17_785, 15_143, 9_907, 12_689, 9_656, 5_472, 4_370, 27_646};
        for (int i = 0; i < amounts.length; i++) {
            groups.add(new Object[] {stages[i % stages.length], JUNE.plusDays(i % 3).toEpochDay(), 1 + i % 2,
                    (double) amounts[i]});
        }
        Random random = new Random(7);
        Set<Forecast> answers = new HashSet<>();
        Set<Double> naiveSums = new HashSet<>();
        for (int run = 0; run < 200; run++) {
            Collections.shuffle(groups, random);
            answers.add(forecast(groups));
            naiveSums.add(weightedInOrder(groups));
        }

        assertThat(naiveSums).as("weighted sums added up in the order the rows came").hasSizeGreaterThan(1);
        assertThat(answers).hasSize(1);
        assertThat(answers.iterator().next().months()).hasSize(1);
    }

    /** The weighted value of the groups added up as they come, as the forecast did before it ordered them. */
    private static double weightedInOrder(List<Object[]> groups) {
        double sum = 0;
        for (Object[] group : groups) {
            sum += (double) group[3] * ACME.stage((String) group[0]).orElseThrow().probability() / 100;
        }
        return sum;
    }

    private static Forecast forecast(List<Object[]> groups) throws Exception {
        SqlSession session = new SqlSession(connection(List.copyOf(groups)),
                SqlDialect.of(SqlDialect.Product.POSTGRESQL, null));
        return SqlDealLists.forecast(session, ACME, JUNE, JUNE.plusMonths(1), Instant.parse("2026-05-01T00:00:00Z"),
                null, DealVisibility.everything());
    }

    /** A connection whose first query answers the groups (stage, close day, count, sum) and every later one nothing. */
    private static Connection connection(List<Object[]> groups) {
        List<List<Object[]>> answers = new ArrayList<>(List.of(groups));
        return proxy(Connection.class, (method, args) -> switch (method) {
            case "prepareStatement" -> statement(answers.isEmpty() ? List.of() : answers.remove(0));
            case "close" -> null;
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private static PreparedStatement statement(List<Object[]> rows) {
        return proxy(PreparedStatement.class, (method, args) -> switch (method) {
            case "setObject", "close" -> null;
            case "executeQuery" -> resultSet(rows);
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private static ResultSet resultSet(List<Object[]> rows) {
        int[] at = {-1};
        return proxy(ResultSet.class, (method, args) -> switch (method) {
            case "next" -> ++at[0] < rows.size();
            case "getString" -> (String) rows.get(at[0])[(int) args[0] - 1];
            case "getLong" -> ((Number) rows.get(at[0])[(int) args[0] - 1]).longValue();
            case "getInt" -> ((Number) rows.get(at[0])[(int) args[0] - 1]).intValue();
            case "getDouble" -> ((Number) rows.get(at[0])[(int) args[0] - 1]).doubleValue();
            case "wasNull" -> false;
            case "close" -> null;
            default -> throw new UnsupportedOperationException(method);
        });
    }

    @FunctionalInterface
    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }
}
