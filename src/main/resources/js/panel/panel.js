/*
 * The deal panel: loads a deal from the REST API into its container and renders its sections. A change the rep
 * makes answers the deal again, and the panel renders that answer with the message beside the control that caused it.
 */
define('sales-pipeline/panel/panel',
    ['sales-pipeline/common/dom', 'sales-pipeline/common/rest', 'sales-pipeline/panel/common', 'sales-pipeline/panel/path',
        'sales-pipeline/panel/summary', 'sales-pipeline/panel/moves', 'sales-pipeline/panel/guidance', 'sales-pipeline/panel/bant',
        'sales-pipeline/panel/checklists', 'sales-pipeline/common/language'],
    function (dom, rest, common, path, summary, moves, guidance, bant, checklists, language) {
        'use strict';

        var el = dom.el;

        /** Renders the deal; notice places a message: {bant: 'saved'} or {checklist: {stage, lines}}. */
        function render(container, deal, notice) {
            notice = notice || {};
            var actions = {
                refresh: function (next, nextNotice) { render(container, next, nextNotice); },
                reload: function (nextNotice) { return load(container, nextNotice); }
            };
            dom.replace(container, el('div.sp-panel', [
                el('p.sp-pipeline', common.text('sales-pipeline.panel.pipeline', deal.pipelineName)),
                path.render(deal),
                summary.render(deal),
                moves.render(deal),
                guidance.render(deal),
                bant.render(deal, actions.refresh, notice.bant),
                checklists.render(deal, actions, notice.checklist),
                languageSetting(container)
            ]));
            container.setAttribute('data-loaded', 'true');
        }

        /** The app language setting at the foot of the panel: Jira's language, or one the app speaks. */
        function languageSetting(container) {
            var select = el('select.select.sp-language-choice', { id: 'sp-language-' + container.getAttribute('data-issue-key') },
                [el('option', { value: '' }, common.text('sales-pipeline.language.jira'))].concat(
                    language.languages().map(function (code) {
                        return el('option', { value: code }, common.text('sales-pipeline.language.' + code));
                    })));
            select.value = language.choice() || '';
            select.addEventListener('change', function () {
                language.choose(select.value || null).then(function () { return load(container); });
            });
            return el('p.sp-language', [el('label', { 'for': select.id }, common.text('sales-pipeline.language.label')), ' ',
                select]);
        }

        /** Loads the user's language, then the deal of the container's issue key, and renders it, or the error. */
        function load(container, notice) {
            container.setAttribute('aria-busy', 'true');
            return language.load().then(function () {
                language.apply(container);
                return rest.get(rest.deal(container.getAttribute('data-issue-key')));
            }).then(function (deal) {
                container.removeAttribute('aria-busy');
                render(container, deal, notice);
            }, function (error) {
                container.removeAttribute('aria-busy');
                container.setAttribute('data-loaded', 'error');
                dom.replace(container, el('div.aui-message.aui-message-error.sp-message', { role: 'alert' },
                    rest.messagesOf(error).map(function (line) { return el('p', line); })));
            });
        }

        return { render: render, load: load };
    });
