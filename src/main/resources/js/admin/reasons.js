/*
 * The reason fields on the edit page: the options the Lost and Disqualification reason fields have in this project's
 * context, as GET /pipelines/{key} gives them, with a link to where Jira edits them and a warning when that context is
 * shared with other projects.
 */
define('sales-pipeline/admin/reasons',
    ['sales-pipeline/common/rest', 'sales-pipeline/common/dom', 'sales-pipeline/admin/messages'],
    function (rest, dom, messages) {
        'use strict';

        var el = dom.el;

        function jiraPage(path) {
            var contextPath = (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
            return contextPath + path;
        }

        function field(reason) {
            var parts = [el('h3', reason.name)];
            if (reason.state === 'SELECT_LIST') {
                parts.push(reason.options.length
                    ? el('ul.sp-reason-options', reason.options.map(function (option) { return el('li', option); }))
                    : el('p.sp-reason-none', messages.text('sales-pipeline.admin.reasons.no-options')));
                if (reason.sharedContext === true) {
                    parts.push(el('div.aui-message.aui-message-warning.sp-reason-shared',
                        el('p', messages.text('sales-pipeline.admin.reasons.shared'))));
                }
            } else {
                parts.push(el('p.sp-reason-state', messages.text('sales-pipeline.admin.reasons.' + reason.state, reason.name,
                    reason.defaultOptions.join(', '))));
            }
            parts.push(el('p', el('a.sp-reason-edit', { href: jiraPage(reason.adminPage) },
                messages.text('sales-pipeline.admin.reasons.edit', reason.name))));
            return el('div.sp-reason-field', { 'data-field': reason.name, 'data-state': reason.state }, parts);
        }

        function init(section, project) {
            var target = section.querySelector('#sp-reason-fields');
            rest.get(rest.project(project)).then(function (setup) {
                dom.replace(target, (setup.reasonFields || []).map(field));
            }, function (error) {
                dom.replace(target, el('p', messages.text('sales-pipeline.admin.reasons.failed', messages.failed(error))));
            }).then(function () {
                section.setAttribute('aria-busy', 'false');
            });
        }

        return { init: init };
    });
