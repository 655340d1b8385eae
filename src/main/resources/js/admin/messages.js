/* Messages on the admin pages: AUI messages at the top, and REST field errors placed next to their fields. */
define('sales-pipeline/admin/messages', ['sales-pipeline/common/text', 'sales-pipeline/common/dom'], function (textHelpers, dom) {
    'use strict';

    /* Every message of the admin pages, each named literally so that Jira's script i18n transformer can replace it. */
    function messages() {
        return {
            'sales-pipeline.admin.checklist.after-save': AJS.I18n.getText('sales-pipeline.admin.checklist.after-save'),
            'sales-pipeline.admin.edit.saved': AJS.I18n.getText('sales-pipeline.admin.edit.saved'),
            'sales-pipeline.admin.error.failed': AJS.I18n.getText('sales-pipeline.admin.error.failed'),
            'sales-pipeline.admin.error.invalid': AJS.I18n.getText('sales-pipeline.admin.error.invalid'),
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

    var text = textHelpers.messages(messages);
    var el = dom.el;

    /** Replaces the messages area with one AUI message (error, success, info or warning); returns the message. */
    function show(area, type, lines) {
        var message = el('div.aui-message.aui-message-' + type, (Array.isArray(lines) ? lines : [lines]).map(function (line) {
            return el('p', line);
        }));
        dom.replace(area, message);
        return message;
    }

    function clearFieldErrors(root) {
        dom.all(root, '.sp-field-error').forEach(function (node) { node.remove(); });
        dom.all(root, '.sp-invalid').forEach(function (node) { node.classList.remove('sp-invalid'); });
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

    /** One line for a failed call: what failed and the server's messages; a network failure says only that. */
    function failed(error) {
        var lines = error.errors.map(function (each) { return each.message; });
        return error.status ? [text('sales-pipeline.admin.error.failed', error.status)].concat(lines).join(' ') : lines.join(' ');
    }

    /**
     * Shows a failed call's errors: each next to the element its field names, the rest at the top; errors that are
     * not field errors (401, 403, 404, 5xx, no network) say what failed.
     */
    function showErrors(area, root, fields, error) {
        clearFieldErrors(root);
        var loose = [];
        error.errors.forEach(function (each) {
            var at = each.field ? target(fields, each.field) : null;
            if (at) {
                at.classList.add('sp-invalid');
                at.insertAdjacentElement('afterend', el('div.error.sp-field-error', { 'data-field': each.field }, each.message));
            } else {
                loose.push(each.field ? each.field + ': ' + each.message : each.message);
            }
        });
        var heading = error.status === 400 ? [text('sales-pipeline.admin.error.invalid')]
            : error.status ? [text('sales-pipeline.admin.error.failed', error.status)] : [];
        show(area, 'error', heading.concat(loose));
    }

    return { text: text, show: show, showErrors: showErrors, clearFieldErrors: clearFieldErrors, failed: failed };
});
