package org.salespipeline.jira.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.salespipeline.history.ReconciliationRecord;
import org.salespipeline.history.ReconciliationSchedule;
import org.salespipeline.jira.BantScoreWriter;
import org.salespipeline.jira.HostService;
import org.salespipeline.jira.IssueEventTally;
import org.salespipeline.jira.JiraChangeHistorySource;
import org.salespipeline.jira.OnDemand;
import org.salespipeline.provisioning.JiraParts;
import org.salespipeline.provisioning.ReasonFields;
import org.salespipeline.store.SqlReader;
import org.salespipeline.text.Message;
import org.salespipeline.text.StoredMessages;
import org.salespipeline.text.Texts;

/**
 * Finds out what works in this Jira: each host service the Spring XML refers to, present or not; each feature
 * available or not and why; every host API member the app's bytecode calls, looked up in the running Jira; the
 * database and dialect; the cluster's last reconciliation; and the issue events this node has received.
 */
public class SystemCheck {

    /**
     * The app's Spring XML: the context built at start-up (mandatory references only) and the components built on
     * first use (every optional reference). A test holds this list to the files in {@code META-INF/spring}.
     */
    public static final List<String> SPRING_FILES = List.of("META-INF/spring/sales-pipeline-context.xml",
            "META-INF/spring/sales-pipeline-on-demand.xml");

    private static final Pattern REFERENCE = Pattern.compile("<osgi:reference\\s([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");
    private static final String VALIDATOR_TYPE = "com.opensymphony.workflow.Validator";

    private final SqlReader sql;
    private final OnDemand onDemand;
    private final ReconciliationSchedule reconciliation;
    private final ReconciliationRecord record;
    private final BantScoreWriter bantScore;
    private final IssueEventTally events;
    private final Clock clock;
    private final Texts texts;

    /** The check; {@code texts} words each feature's reason in the language of the admin reading the report. */
    public SystemCheck(SqlReader sql, OnDemand onDemand, ReconciliationSchedule reconciliation,
            ReconciliationRecord record, BantScoreWriter bantScore, IssueEventTally events, Clock clock, Texts texts) {
        this.sql = sql;
        this.onDemand = onDemand;
        this.reconciliation = reconciliation;
        this.record = record;
        this.bantScore = bantScore;
        this.events = events;
        this.clock = clock;
        this.texts = texts;
    }

    /** Runs every check now. */
    public SystemReport report() {
        ClassLoader loader = SystemCheck.class.getClassLoader();
        List<SystemReport.Service> services = services(loader);
        SystemReport.Database database = database();
        List<HostApiCheck.Finding> findings = HostApiCheck.check(HostApiReferences.load(loader), loader);
        List<String> problems = findings.stream().filter(f -> !f.present()).map(f -> texts.text(f.problem())).toList();
        return new SystemReport(node(), clock.instant().toString(), services,
                features(database, services, loader),
                new SystemReport.HostApi(findings.size(), findings.size() - problems.size(), problems),
                database, reconciliationRun(), new SystemReport.Events(events.since().toString(), events.counts()));
    }

    List<SystemReport.Service> services(ClassLoader loader) {
        List<SystemReport.Service> services = new ArrayList<>();
        for (String file : SPRING_FILES) {
            Matcher reference = REFERENCE.matcher(read(loader, file));
            while (reference.find()) {
                Map<String, String> attributes = new HashMap<>();
                Matcher attribute = ATTRIBUTE.matcher(reference.group(1));
                while (attribute.find()) {
                    attributes.put(attribute.group(1), attribute.group(2));
                }
                boolean mandatory = !"optional".equals(attributes.get("availability"));
                // A mandatory reference is there, or the app would not have started.
                boolean present = mandatory || offered(attributes.get("id"));
                services.add(new SystemReport.Service(attributes.get("interface"), mandatory, present));
            }
        }
        return services;
    }

    private boolean offered(String beanName) {
        try {
            return HostService.offered(onDemand.component(beanName));
        } catch (RuntimeException | LinkageError unavailable) {
            return false;
        }
    }

    private List<SystemReport.Feature> features(SystemReport.Database database, List<SystemReport.Service> services,
            ClassLoader loader) {
        List<SystemReport.Feature> features = new ArrayList<>();
        features.add(database.problem() == null
                ? new SystemReport.Feature("metrics", true, texts.text(Message.of(
                        "sales-pipeline.system.metrics", database.product(), database.dialect())))
                : new SystemReport.Feature("metrics", false, database.problem()));
        features.add(new SystemReport.Feature("recording", true,
                texts.text(Message.of("sales-pipeline.system.recording", events.since()))));
        features.add(unavailableFrom("provisioning",
                () -> ((JiraParts) onDemand.component("provisioningParts")).unavailable(),
                Message.of("sales-pipeline.system.provisioning")));
        features.add(unavailableFrom("history rebuild",
                () -> ((JiraChangeHistorySource) onDemand.component("jiraChangeHistorySource")).unavailable(),
                Message.of("sales-pipeline.system.history-rebuild")));
        features.add(fieldHistory());
        Optional<String> reconciling = reconciliation.unavailable().map(why -> StoredMessages.read(why, texts));
        features.add(new SystemReport.Feature("reconciliation", reconciling.isEmpty(),
                reconciling.orElseGet(() -> texts.text(Message.of("sales-pipeline.system.reconciliation")))));
        Optional<String> score = bantScore.unavailable().map(texts::text);
        features.add(new SystemReport.Feature("BANT score field", score.isEmpty(),
                score.orElseGet(() -> texts.text(Message.of("sales-pipeline.system.bant-score")))));
        features.add(validators(loader));
        features.add(reasonFields());
        return features.stream().map(feature -> feature.withLabel(texts.text(
                Message.of("sales-pipeline.system.feature." + feature.name().replace(' ', '-'))))).toList();
    }

    /**
     * Amount and close-date changes whose values Jira's change history holds in a form the app cannot read (neither a
     * raw value nor a plain decimal or ISO date as shown) are left out of the field history; the check counts them.
     */
    private SystemReport.Feature fieldHistory() {
        try {
            long unread = ((JiraChangeHistorySource) onDemand.component("jiraChangeHistorySource")).unreadFieldValues();
            return new SystemReport.Feature("field history", unread == 0, texts.text(unread == 0
                    ? Message.of("sales-pipeline.system.field-history")
                    : Message.of("sales-pipeline.system.field-history.unread", unread)));
        } catch (RuntimeException | LinkageError failure) {
            return new SystemReport.Feature("field history", false, texts.text(HostService.describe(failure)));
        }
    }

    /** Reasons come only from select lists: a text field named as a reason field is reported, since no move can use it. */
    private SystemReport.Feature reasonFields() {
        try {
            List<String> unsupported = ReasonFields.unsupported(((JiraParts) onDemand.component("provisioningParts")).fields());
            return unsupported.isEmpty()
                    ? new SystemReport.Feature("reason fields", true, texts.text(Message.of("sales-pipeline.system.reason-fields")))
                    : new SystemReport.Feature("reason fields", false, texts.text(Message.of(
                            "sales-pipeline.system.reason-fields.unsupported", String.join(", ", unsupported))));
        } catch (RuntimeException | LinkageError failure) {
            return new SystemReport.Feature("reason fields", false, texts.text(HostService.describe(failure)));
        }
    }

    private SystemReport.Feature unavailableFrom(String feature, Supplier<List<String>> missing, Message works) {
        try {
            List<String> names = missing.get();
            return names.isEmpty() ? new SystemReport.Feature(feature, true, texts.text(works))
                    : new SystemReport.Feature(feature, false, texts.text(Message.of("sales-pipeline.system.not-offered",
                            String.join(", ", names))));
        } catch (RuntimeException | LinkageError failure) {
            return new SystemReport.Feature(feature, false, texts.text(HostService.describe(failure)));
        }
    }

    private SystemReport.Feature validators(ClassLoader loader) {
        try {
            Class.forName(VALIDATOR_TYPE, false, loader);
            return new SystemReport.Feature("exit-criteria validators", true,
                    texts.text(Message.of("sales-pipeline.system.validators")));
        } catch (ClassNotFoundException | LinkageError missing) {
            return new SystemReport.Feature("exit-criteria validators", false,
                    texts.text(Message.of("sales-pipeline.system.validators.missing", VALIDATOR_TYPE)));
        }
    }

    private SystemReport.Database database() {
        try {
            return sql.read(session -> {
                Connection connection = session.connection();
                DatabaseMetaData meta = connection.getMetaData();
                return new SystemReport.Database(meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
                        session.dialect().product().name(), session.dialect().schema(),
                        isolation(connection.getTransactionIsolation()), activeObjectsVersion(), null);
            });
        } catch (RuntimeException failure) {
            return new SystemReport.Database(null, null, null, null, null, activeObjectsVersion(),
                    texts.text(Message.of("sales-pipeline.system.tables-unreadable", failure.getMessage())));
        }
    }

    private SystemReport.Reconciliation reconciliationRun() {
        try {
            return record.last().map(run -> new SystemReport.Reconciliation(run.at().toString(), run.checked(),
                    run.repaired(), StoredMessages.read(run.error(), texts))).orElse(new SystemReport.Reconciliation(null, null, null, null));
        } catch (RuntimeException failure) {
            return new SystemReport.Reconciliation(null, null, null,
                    texts.text(Message.of("sales-pipeline.system.reconciliation.unreadable", failure.getMessage())));
        }
    }

    static String isolation(int level) {
        return switch (level) {
            case Connection.TRANSACTION_NONE -> "NONE";
            case Connection.TRANSACTION_READ_UNCOMMITTED -> "READ UNCOMMITTED";
            case Connection.TRANSACTION_READ_COMMITTED -> "READ COMMITTED";
            case Connection.TRANSACTION_REPEATABLE_READ -> "REPEATABLE READ";
            case Connection.TRANSACTION_SERIALIZABLE -> "SERIALIZABLE";
            default -> "level " + level;
        };
    }

    /** The version of the Active Objects library the host gives the app, as its jar states it; null when unstated. */
    static String activeObjectsVersion() {
        try {
            Package ao = Class.forName("net.java.ao.EntityManager", false, SystemCheck.class.getClassLoader()).getPackage();
            return ao == null ? null : ao.getImplementationVersion();
        } catch (ClassNotFoundException | LinkageError missing) {
            return null;
        }
    }

    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException unknown) {
            return "this node";
        }
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
