package org.salespipeline.provisioning;

import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import javax.xml.parsers.DocumentBuilderFactory;
import org.salespipeline.testing.ProbabilityHistoryInMemory;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.configuration.PipelineSettings;
import org.salespipeline.history.RebuildProgress;
import org.salespipeline.history.RebuildRunner;
import org.salespipeline.history.StageLog;
import org.salespipeline.jira.provisioning.GeneratedWorkflowXml;

/** Provisioning over an in-memory Jira, with a set-up store that can refuse to save and a rebuild runner that records. */
final class ProvisioningFixture {

    final InMemoryJira jira = new InMemoryJira();
    final Map<String, PipelineConfig> saved = new LinkedHashMap<>();
    final List<String> rebuilds = new ArrayList<>();
    boolean refuseSave;
    final PipelineProvisioning provisioning;

    ProvisioningFixture() {
        PipelineDirectory directory = new PipelineDirectory() {
            @Override
            public Optional<PipelineConfig> find(String projectKey) {
                return Optional.ofNullable(saved.get(projectKey));
            }

            @Override
            public List<PipelineConfig> all() {
                return List.copyOf(saved.values());
            }

            @Override
            public void save(PipelineConfig config) {
                if (refuseSave) {
                    throw new IllegalStateException("the database is read-only");
                }
                saved.put(config.projectKey(), config);
            }

            @Override
            public void delete(String projectKey) {
                saved.remove(projectKey);
            }
        };
        StageLog log = (StageLog) Proxy.newProxyInstance(StageLog.class.getClassLoader(), new Class<?>[] {StageLog.class},
                (proxy, method, args) -> method.getReturnType() == int.class ? 0 : null);
        RebuildRunner runner = new RebuildRunner(null, null, null) {
            @Override
            public Future<Optional<RebuildProgress>> start(String projectKey) {
                rebuilds.add(projectKey);
                return CompletableFuture.completedFuture(Optional.empty());
            }
        };
        ReentrantLock lock = new ReentrantLock();
        provisioning = new PipelineProvisioning(jira.parts(), new GeneratedWorkflowXml(), new ProbabilityHistoryInMemory().settings(directory, log),
                runner, name -> lock);
    }

    ProvisioningOutcome run(String template) {
        return provisioning.provision("INITECH", new ProvisioningRequest(template, null, null));
    }

    /** Parses workflow XML as Jira does (OSWorkflow), without fetching the DTD, and validates it. */
    static WorkflowDescriptor load(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        WorkflowDescriptor workflow = new WorkflowDescriptor(document.getDocumentElement());
        workflow.validate();
        return workflow;
    }
}
