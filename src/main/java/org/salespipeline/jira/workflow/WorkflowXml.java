package org.salespipeline.jira.workflow;

import java.io.StringWriter;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.criteria.ExitCheck;
import org.salespipeline.criteria.ExitCriteria;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes the sales workflow as Jira workflow XML: one step per status, and one global transition into
 * each status, so every status can move to every other; each transition carries the exit-criteria
 * validators its target needs. Admins can import it with Jira's "Import from XML".
 */
public final class WorkflowXml {

    static final String DOCTYPE_PUBLIC = "-//OpenSymphony Group//DTD OSWorkflow 2.8//EN";
    static final String DOCTYPE_SYSTEM = "http://www.opensymphony.com/osworkflow/workflow_2_8.dtd";
    /** Jira names a plugin module in workflow XML by the plugin key directly followed by the module key. */
    static final String VALIDATOR_MODULE = "org.salespipeline.sales-pipelineexit-criteria-validator";
    /** The validator's class by name: loading it needs OSWorkflow, and the XML is also written where Jira lacks it. */
    static final String VALIDATOR_CLASS = "org.salespipeline.jira.workflow.ExitCriteriaValidator";
    private static final String JIRA_FUNCTIONS = "com.atlassian.jira.workflow.function.";
    private static final int FIRST_GLOBAL_ACTION = 11;
    private static final int EVENT_ISSUE_CREATED = 1;
    private static final int EVENT_GENERIC = 13;

    private WorkflowXml() {
    }

    /** The workflow over the statuses, in order; the first status is where new deals start. */
    public static String generate(String description, List<WorkflowStatus> statuses, PipelineConfig config) {
        Document document = newDocument();
        Element workflow = child(document, document, "workflow");
        meta(workflow, "jira.description", description);
        Element create = child(document, child(document, workflow, "initial-actions"), "action");
        create.setAttribute("id", "1");
        create.setAttribute("name", "Create");
        Element created = result(document, create, 1, "open");
        function(document, created, JIRA_FUNCTIONS + "issue.IssueCreateFunction");
        function(document, created, JIRA_FUNCTIONS + "issue.IssueReindexFunction");
        fireEvent(document, created, EVENT_ISSUE_CREATED);

        Element globalActions = child(document, workflow, "global-actions");
        Element steps = child(document, workflow, "steps");
        for (int i = 0; i < statuses.size(); i++) {
            WorkflowStatus status = statuses.get(i);
            Element step = child(document, steps, "step");
            step.setAttribute("id", String.valueOf(i + 1));
            step.setAttribute("name", status.name());
            meta(step, WorkflowTransitions.STATUS_ID, status.statusId());
            globalAction(document, globalActions, FIRST_GLOBAL_ACTION + 10 * i, i + 1, status, config);
        }
        return serialize(document);
    }

    private static void globalAction(Document document, Element parent, int id, int step, WorkflowStatus status,
            PipelineConfig config) {
        Element action = child(document, parent, "action");
        action.setAttribute("id", String.valueOf(id));
        action.setAttribute("name", status.name());
        meta(action, "jira.description", "Move the deal to " + status.name());
        meta(action, "jira.fieldscreen.id", "");
        List<ExitCheck> checks = ExitCriteria.checksFor(config, status.target());
        if (!checks.isEmpty()) {
            Element validators = child(document, action, "validators");
            for (ExitCheck check : checks) {
                Element validator = child(document, validators, "validator");
                validator.setAttribute("name", "");
                validator.setAttribute("type", "class");
                arg(validator, "class.name", VALIDATOR_CLASS);
                arg(validator, "full.module.key", VALIDATOR_MODULE);
                arg(validator, ExitCriteriaValidator.CHECK_ARGUMENT, check.argument());
            }
        }
        Element moved = result(document, action, step, "null");
        function(document, moved, JIRA_FUNCTIONS + "issue.UpdateIssueStatusFunction");
        function(document, moved, JIRA_FUNCTIONS + "misc.CreateCommentFunction");
        function(document, moved, JIRA_FUNCTIONS + "issue.GenerateChangeHistoryFunction");
        function(document, moved, JIRA_FUNCTIONS + "issue.IssueReindexFunction");
        fireEvent(document, moved, EVENT_GENERIC);
    }

    private static Element result(Document document, Element action, int step, String status) {
        Element result = child(document, child(document, action, "results"), "unconditional-result");
        result.setAttribute("old-status", "null");
        result.setAttribute("status", status);
        result.setAttribute("step", String.valueOf(step));
        return child(document, result, "post-functions");
    }

    private static void function(Document document, Element postFunctions, String className) {
        Element function = child(document, postFunctions, "function");
        function.setAttribute("type", "class");
        arg(function, "class.name", className);
    }

    private static void fireEvent(Document document, Element postFunctions, int eventTypeId) {
        Element function = child(document, postFunctions, "function");
        function.setAttribute("type", "class");
        arg(function, "eventTypeId", String.valueOf(eventTypeId));
        arg(function, "class.name", JIRA_FUNCTIONS + "event.FireIssueEventFunction");
    }

    private static void meta(Element parent, String name, String value) {
        Element meta = child(parent.getOwnerDocument(), parent, "meta");
        meta.setAttribute("name", name);
        meta.setTextContent(value);
    }

    private static void arg(Element parent, String name, String value) {
        Element arg = child(parent.getOwnerDocument(), parent, "arg");
        arg.setAttribute("name", name);
        arg.setTextContent(value);
    }

    private static Element child(Document document, org.w3c.dom.Node parent, String name) {
        Element element = document.createElement(name);
        parent.appendChild(element);
        return element;
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser in this Java runtime", e);
        }
    }

    private static String serialize(Document document) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.DOCTYPE_PUBLIC, DOCTYPE_PUBLIC);
            transformer.setOutputProperty(OutputKeys.DOCTYPE_SYSTEM, DOCTYPE_SYSTEM);
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Could not write the workflow XML", e);
        }
    }
}
