/* Messages on the admin pages: AUI messages at the top (an error summary linking to each field), and REST field errors next to their fields. */
define('sales-pipeline/admin/messages', ['sales-pipeline/common/text', 'sales-pipeline/common/dom'], function (textHelpers, dom) {
    'use strict';

    /* Every message of the admin pages, each named literally so that Jira's script i18n transformer can replace it. */
    function messages() {
        return {
            'sales-pipeline.admin.confirm.title': AJS.I18n.getText('sales-pipeline.admin.confirm.title'),
            'sales-pipeline.admin.confirm.intro': AJS.I18n.getText('sales-pipeline.admin.confirm.intro'),
            'sales-pipeline.admin.confirm.ok': AJS.I18n.getText('sales-pipeline.admin.confirm.ok'),
            'sales-pipeline.admin.confirm.cancel': AJS.I18n.getText('sales-pipeline.admin.confirm.cancel'),
            'sales-pipeline.admin.confirm.cancelled': AJS.I18n.getText('sales-pipeline.admin.confirm.cancelled'),
            'sales-pipeline.admin.confirm.removed.holds': AJS.I18n.getText('sales-pipeline.admin.confirm.removed.holds'),
            'sales-pipeline.admin.confirm.removed.deals.one': AJS.I18n.getText('sales-pipeline.admin.confirm.removed.deals.one'),
            'sales-pipeline.admin.confirm.removed.deals.other': AJS.I18n.getText('sales-pipeline.admin.confirm.removed.deals.other'),
            'sales-pipeline.admin.confirm.removed.stays.one': AJS.I18n.getText('sales-pipeline.admin.confirm.removed.stays.one'),
            'sales-pipeline.admin.confirm.removed.stays.other': AJS.I18n.getText('sales-pipeline.admin.confirm.removed.stays.other'),
            'sales-pipeline.admin.confirm.removed.statuses': AJS.I18n.getText('sales-pipeline.admin.confirm.removed.statuses'),
            'sales-pipeline.admin.confirm.removed.label': AJS.I18n.getText('sales-pipeline.admin.confirm.removed.label'),
            'sales-pipeline.admin.confirm.removed.unmapped': AJS.I18n.getText('sales-pipeline.admin.confirm.removed.unmapped'),
            'sales-pipeline.admin.confirm.replace.title': AJS.I18n.getText('sales-pipeline.admin.confirm.replace.title'),
            'sales-pipeline.admin.confirm.replace.intro': AJS.I18n.getText('sales-pipeline.admin.confirm.replace.intro'),
            'sales-pipeline.admin.confirm.replace.ok': AJS.I18n.getText('sales-pipeline.admin.confirm.replace.ok'),
            'sales-pipeline.admin.rebuild.confirm.title': AJS.I18n.getText('sales-pipeline.admin.rebuild.confirm.title'),
            'sales-pipeline.admin.rebuild.confirm.text': AJS.I18n.getText('sales-pipeline.admin.rebuild.confirm.text'),
            'sales-pipeline.admin.rebuild.confirm.ok': AJS.I18n.getText('sales-pipeline.admin.rebuild.confirm.ok'),
            'sales-pipeline.admin.rebuild.cancelled': AJS.I18n.getText('sales-pipeline.admin.rebuild.cancelled'),
            'sales-pipeline.admin.calibration.percent': AJS.I18n.getText('sales-pipeline.admin.calibration.percent'),
            'sales-pipeline.admin.calibration.adopt.confirm.title': AJS.I18n.getText('sales-pipeline.admin.calibration.adopt.confirm.title'),
            'sales-pipeline.admin.calibration.adopt.confirm.text': AJS.I18n.getText('sales-pipeline.admin.calibration.adopt.confirm.text'),
            'sales-pipeline.admin.calibration.adopt.confirm.ok': AJS.I18n.getText('sales-pipeline.admin.calibration.adopt.confirm.ok'),
            'sales-pipeline.admin.calibration.adopt.cancelled': AJS.I18n.getText('sales-pipeline.admin.calibration.adopt.cancelled'),
            'sales-pipeline.admin.calibration.adopt.done.one': AJS.I18n.getText('sales-pipeline.admin.calibration.adopt.done.one'),
            'sales-pipeline.admin.calibration.adopt.done.other': AJS.I18n.getText('sales-pipeline.admin.calibration.adopt.done.other'),
            'sales-pipeline.admin.pipelines.saved': AJS.I18n.getText('sales-pipeline.admin.pipelines.saved'),
            'sales-pipeline.admin.setup.provision.report.title': AJS.I18n.getText('sales-pipeline.admin.setup.provision.report.title'),
            'sales-pipeline.admin.setup.provision.report.part': AJS.I18n.getText('sales-pipeline.admin.setup.provision.report.part'),
            'sales-pipeline.admin.setup.provision.report.name': AJS.I18n.getText('sales-pipeline.admin.setup.provision.report.name'),
            'sales-pipeline.admin.setup.provision.report.action': AJS.I18n.getText('sales-pipeline.admin.setup.provision.report.action'),
            'sales-pipeline.admin.setup.provision.report.created': AJS.I18n.getText('sales-pipeline.admin.setup.provision.report.created'),
            'sales-pipeline.admin.setup.provision.report.reused': AJS.I18n.getText('sales-pipeline.admin.setup.provision.report.reused'),
            'sales-pipeline.admin.setup.provision.report.undone': AJS.I18n.getText('sales-pipeline.admin.setup.provision.report.undone'),
            'sales-pipeline.admin.setup.provision.report.undo-failed': AJS.I18n.getText('sales-pipeline.admin.setup.provision.report.undo-failed'),
            'sales-pipeline.admin.setup.provision.open': AJS.I18n.getText('sales-pipeline.admin.setup.provision.open'),
            'sales-pipeline.admin.provision.kind.pipeline': AJS.I18n.getText('sales-pipeline.admin.provision.kind.pipeline'),
            'sales-pipeline.admin.provision.kind.status': AJS.I18n.getText('sales-pipeline.admin.provision.kind.status'),
            'sales-pipeline.admin.provision.kind.issue-type': AJS.I18n.getText('sales-pipeline.admin.provision.kind.issue-type'),
            'sales-pipeline.admin.provision.kind.issue-type-scheme': AJS.I18n.getText('sales-pipeline.admin.provision.kind.issue-type-scheme'),
            'sales-pipeline.admin.provision.kind.workflow': AJS.I18n.getText('sales-pipeline.admin.provision.kind.workflow'),
            'sales-pipeline.admin.provision.kind.workflow-scheme': AJS.I18n.getText('sales-pipeline.admin.provision.kind.workflow-scheme'),
            'sales-pipeline.admin.provision.kind.project-workflow-scheme': AJS.I18n.getText('sales-pipeline.admin.provision.kind.project-workflow-scheme'),
            'sales-pipeline.admin.provision.kind.field': AJS.I18n.getText('sales-pipeline.admin.provision.kind.field'),
            'sales-pipeline.admin.provision.kind.field-context': AJS.I18n.getText('sales-pipeline.admin.provision.kind.field-context'),
            'sales-pipeline.admin.provision.kind.option': AJS.I18n.getText('sales-pipeline.admin.provision.kind.option'),
            'sales-pipeline.admin.provision.kind.screen': AJS.I18n.getText('sales-pipeline.admin.provision.kind.screen'),
            'sales-pipeline.admin.reasons.options': AJS.I18n.getText('sales-pipeline.admin.reasons.options'),
            'sales-pipeline.admin.reasons.no-options': AJS.I18n.getText('sales-pipeline.admin.reasons.no-options'),
            'sales-pipeline.admin.reasons.edit': AJS.I18n.getText('sales-pipeline.admin.reasons.edit'),
            'sales-pipeline.admin.reasons.shared': AJS.I18n.getText('sales-pipeline.admin.reasons.shared'),
            'sales-pipeline.admin.reasons.MISSING': AJS.I18n.getText('sales-pipeline.admin.reasons.MISSING'),
            'sales-pipeline.admin.reasons.NOT_A_SELECT_LIST': AJS.I18n.getText('sales-pipeline.admin.reasons.NOT_A_SELECT_LIST'),
            'sales-pipeline.admin.reasons.NOT_IN_PROJECT': AJS.I18n.getText('sales-pipeline.admin.reasons.NOT_IN_PROJECT'),
            'sales-pipeline.admin.reasons.UNKNOWN': AJS.I18n.getText('sales-pipeline.admin.reasons.UNKNOWN'),
            'sales-pipeline.admin.reasons.failed': AJS.I18n.getText('sales-pipeline.admin.reasons.failed'),
            'sales-pipeline.admin.error.summary': AJS.I18n.getText('sales-pipeline.admin.error.summary'),
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

    var linked = 0;

    /** A link from the error summary to the field: it moves the focus there (giving the field an id if it has none). */
    function fieldLink(at, message) {
        if (!at.id) {
            linked += 1;
            at.id = 'sp-field-' + linked;
        }
        var link = el('a.sp-error-link', { href: '#' + at.id }, message);
        link.addEventListener('click', function (event) {
            event.preventDefault();
            var focusable = at.matches && at.matches('input, select, textarea, button') ? at
                : (at.querySelector && at.querySelector('input, select, textarea, button')) || at;
            if (typeof focusable.focus === 'function') {
                focusable.focus();
            }
        });
        return link;
    }

    /** Moves the focus to a message area (it has tabindex="-1") so that a screen reader reads it out first. */
    function focus(area) {
        if (typeof area.focus === 'function') {
            area.focus();
        }
        if (typeof area.scrollIntoView === 'function') {
            area.scrollIntoView();
        }
    }

    /**
     * Shows a failed call's errors: a summary at the top, focused, with a link to each field an error names (and the
     * error again next to that field); errors that are not field errors (401, 403, 404, 5xx, no network) say what failed.
     */
    function showErrors(area, root, fields, error) {
        clearFieldErrors(root);
        var loose = [];
        var links = [];
        error.errors.forEach(function (each) {
            var at = each.field ? target(fields, each.field) : null;
            if (at) {
                at.classList.add('sp-invalid');
                at.insertAdjacentElement('afterend', el('div.error.sp-field-error', { 'data-field': each.field }, each.message));
                links.push(el('li', { 'data-field': each.field }, fieldLink(at, each.message)));
            } else {
                loose.push(each.field ? each.field + ': ' + each.message : each.message);
            }
        });
        var heading = error.status === 400 ? [text('sales-pipeline.admin.error.invalid')]
            : error.status ? [text('sales-pipeline.admin.error.failed', error.status)] : [];
        var message = show(area, 'error', heading.concat(loose));
        if (links.length) {
            message.appendChild(el('ul.sp-error-summary', { 'aria-label': text('sales-pipeline.admin.error.summary') }, links));
        }
        focus(area);
        return message;
    }

    return { text: text, show: show, showErrors: showErrors, clearFieldErrors: clearFieldErrors, failed: failed, focus: focus };
});
