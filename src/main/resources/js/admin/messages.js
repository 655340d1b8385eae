/* Messages on the admin pages: AUI messages at the top, and REST field errors placed next to their fields. */
define('sales-pipeline/admin/messages', [], function () {
    'use strict';

    /* Every message of the admin pages, each named literally so that Jira's script i18n transformer can replace it. */
    function messages() {
        return {
            'sales-pipeline.admin.edit.saved': AJS.I18n.getText('sales-pipeline.admin.edit.saved'),
            'sales-pipeline.admin.error.failed': AJS.I18n.getText('sales-pipeline.admin.error.failed'),
            'sales-pipeline.admin.error.invalid': AJS.I18n.getText('sales-pipeline.admin.error.invalid'),
            'sales-pipeline.admin.error.unknown': AJS.I18n.getText('sales-pipeline.admin.error.unknown'),
            'sales-pipeline.admin.rebuild.state.failed': AJS.I18n.getText('sales-pipeline.admin.rebuild.state.failed'),
            'sales-pipeline.admin.rebuild.state.finished': AJS.I18n.getText('sales-pipeline.admin.rebuild.state.finished'),
            'sales-pipeline.admin.rebuild.state.none': AJS.I18n.getText('sales-pipeline.admin.rebuild.state.none'),
            'sales-pipeline.admin.rebuild.state.queued': AJS.I18n.getText('sales-pipeline.admin.rebuild.state.queued'),
            'sales-pipeline.admin.rebuild.state.running': AJS.I18n.getText('sales-pipeline.admin.rebuild.state.running'),
            'sales-pipeline.admin.system.absent': AJS.I18n.getText('sales-pipeline.admin.system.absent'),
            'sales-pipeline.admin.system.available': AJS.I18n.getText('sales-pipeline.admin.system.available'),
            'sales-pipeline.admin.system.database.ao': AJS.I18n.getText('sales-pipeline.admin.system.database.ao'),
            'sales-pipeline.admin.system.database.dialect': AJS.I18n.getText('sales-pipeline.admin.system.database.dialect'),
            'sales-pipeline.admin.system.database.isolation': AJS.I18n.getText('sales-pipeline.admin.system.database.isolation'),
            'sales-pipeline.admin.system.database.problem': AJS.I18n.getText('sales-pipeline.admin.system.database.problem'),
            'sales-pipeline.admin.system.database.product': AJS.I18n.getText('sales-pipeline.admin.system.database.product'),
            'sales-pipeline.admin.system.database.schema': AJS.I18n.getText('sales-pipeline.admin.system.database.schema'),
            'sales-pipeline.admin.system.events.since': AJS.I18n.getText('sales-pipeline.admin.system.events.since'),
            'sales-pipeline.admin.system.host-api.count': AJS.I18n.getText('sales-pipeline.admin.system.host-api.count'),
            'sales-pipeline.admin.system.mandatory': AJS.I18n.getText('sales-pipeline.admin.system.mandatory'),
            'sales-pipeline.admin.system.optional': AJS.I18n.getText('sales-pipeline.admin.system.optional'),
            'sales-pipeline.admin.system.present': AJS.I18n.getText('sales-pipeline.admin.system.present'),
            'sales-pipeline.admin.system.reconciliation.none': AJS.I18n.getText('sales-pipeline.admin.system.reconciliation.none'),
            'sales-pipeline.admin.system.reconciliation.run': AJS.I18n.getText('sales-pipeline.admin.system.reconciliation.run'),
            'sales-pipeline.admin.system.unavailable': AJS.I18n.getText('sales-pipeline.admin.system.unavailable'),
            'sales-pipeline.admin.setup.provision.done': AJS.I18n.getText('sales-pipeline.admin.setup.provision.done'),
            'sales-pipeline.admin.setup.provision.download': AJS.I18n.getText('sales-pipeline.admin.setup.provision.download'),
            'sales-pipeline.admin.setup.provision.failed': AJS.I18n.getText('sales-pipeline.admin.setup.provision.failed')
        };
    }

    var text = window.SalesPipeline.messages(messages);

    function element(tag, className, content) {
        var node = document.createElement(tag);
        node.className = className;
        if (content !== undefined) {
            node.textContent = content;
        }
        return node;
    }

    /** Replaces the messages area with one AUI message (error, success, info or warning); returns the message. */
    function show(area, type, lines) {
        area.innerHTML = '';
        var message = element('div', 'aui-message aui-message-' + type);
        (Array.isArray(lines) ? lines : [lines]).forEach(function (line) {
            message.appendChild(element('p', '', line));
        });
        area.appendChild(message);
        return message;
    }

    function clearFieldErrors(root) {
        Array.prototype.forEach.call(root.querySelectorAll('.sp-field-error'), function (node) { node.remove(); });
        Array.prototype.forEach.call(root.querySelectorAll('.sp-invalid'), function (node) { node.classList.remove('sp-invalid'); });
    }

    /** The element a field path names, trying shorter paths (stages[2].key, then stages[2]) when none is known. */
    function target(fields, path) {
        var current = path;
        while (current) {
            if (fields[current]) {
                return fields[current];
            }
            var cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut > 0 ? current.substring(0, cut) : '';
        }
        return null;
    }

    /**
     * Shows the errors of a REST answer: each next to the element its field names, the rest at the top; answers
     * that are not field errors (401, 403, 404, 5xx) say what failed.
     */
    function showErrors(area, root, fields, answer) {
        clearFieldErrors(root);
        var errors = answer.body && Array.isArray(answer.body.errors) ? answer.body.errors : [];
        var loose = [];
        errors.forEach(function (error) {
            var at = error.field ? target(fields, error.field) : null;
            if (at) {
                at.classList.add('sp-invalid');
                var note = element('div', 'error sp-field-error', error.message);
                note.setAttribute('data-field', error.field);
                at.insertAdjacentElement('afterend', note);
            } else {
                loose.push(error.field ? error.field + ': ' + error.message : error.message);
            }
        });
        var heading = answer.status === 400
            ? text('sales-pipeline.admin.error.invalid')
            : text('sales-pipeline.admin.error.failed', answer.status);
        show(area, 'error', [heading].concat(loose.length || answer.status === 400 ? loose : [text('sales-pipeline.admin.error.unknown')]));
    }

    return { text: text, show: show, showErrors: showErrors, clearFieldErrors: clearFieldErrors };
});
