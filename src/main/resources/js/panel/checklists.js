/*
 * The checklists of the deal panel: those of the stages the deal has reached (the current stage's open), then
 * those "needed to win" — stages not reached yet whose required items block a win — all tickable alike. A tick
 * refused as stale reloads the deal and says so on that checklist; any other refusal is shown beside its item.
 */
define('sales-pipeline/panel/checklists',
    ['sales-pipeline/common/dom', 'sales-pipeline/common/rest', 'sales-pipeline/common/time', 'sales-pipeline/panel/common'],
    function (dom, rest, time, common) {
        'use strict';

        var el = dom.el;
        var text = common.text;

        function changed(item) {
            if (!item.changedBy) {
                return null;
            }
            return el('span.sp-item-by', { title: time.dateTime(item.changedAt) }, text(item.ticked ? 'sales-pipeline.panel.checklist.ticked'
                : 'sales-pipeline.panel.checklist.unticked', item.changedBy, time.age(item.changedAt)));
        }

        function row(deal, checklist, item, editable, actions) {
            var box = el('input', { type: 'checkbox', checked: item.ticked, disabled: !editable });
            var error = el('span.error.sp-item-error', { role: 'alert' });
            box.addEventListener('change', function () {
                box.disabled = true;
                dom.clear(error);
                rest.put(rest.deal(deal.key) + '/checklist/' + encodeURIComponent(item.id),
                    { stage: checklist.stage, ticked: box.checked, version: checklist.version }).then(function (next) {
                    actions.refresh(next, {});
                }, function (refusal) {
                    if (refusal.status === 409) {
                        actions.reload({ checklist: { stage: checklist.stage, lines: rest.messagesOf(refusal) } });
                        return;
                    }
                    box.checked = !box.checked;
                    box.disabled = false;
                    dom.replace(error, rest.messagesOf(refusal).join(' '));
                });
            });
            return el('li.sp-item' + (item.ticked ? '.sp-item-ticked' : ''), { 'data-item': item.id }, [
                el('label', [box, el('span.sp-item-text', ' ' + item.text),
                    item.required ? el('span.aui-lozenge.sp-required', text('sales-pipeline.panel.checklist.required')) : null]),
                changed(item), error]);
        }

        function checklistBox(deal, checklist, editable, actions, notice) {
            var warned = notice && notice.stage === checklist.stage;
            var summary = el('summary', [el('span.sp-checklist-name', checklist.stageName), ' ',
                el('span.sp-progress', text('sales-pipeline.panel.checklist.progress', checklist.done, checklist.total)),
                checklist.current ? el('span.aui-lozenge.aui-lozenge-current.sp-current', text('sales-pipeline.panel.checklist.current')) : null]);
            return el('details.sp-checklist' + (checklist.current ? '.sp-checklist-current' : '')
                + (checklist.neededToWin ? '.sp-checklist-needed' : ''),
            { 'data-stage': checklist.stage, open: (editable && checklist.current) || warned }, [
                summary,
                warned ? el('div.aui-message.aui-message-warning.sp-message', { role: 'alert' },
                    notice.lines.map(function (line) { return el('p', line); })) : null,
                el('ul.sp-items', checklist.items.map(function (item) { return row(deal, checklist, item, editable, actions); }))
            ]);
        }

        /** The section; notice {stage, lines} puts a warning on that stage's checklist. */
        function render(deal, actions, notice) {
            if (!deal.checklists.length) {
                return null;
            }
            var editable = common.editable(deal);
            var reached = deal.checklists.filter(function (checklist) { return !checklist.neededToWin; });
            var needed = deal.checklists.filter(function (checklist) { return checklist.neededToWin; });
            var box = function (checklist) { return checklistBox(deal, checklist, editable, actions, notice); };
            var parts = [];
            if (reached.length) {
                parts.push(el('h3', text('sales-pipeline.panel.checklists')), reached.map(box));
            }
            if (needed.length) {
                parts.push(el('h3.sp-needed', { title: text('sales-pipeline.panel.checklists.needed.hint') },
                    text('sales-pipeline.panel.checklists.needed')), needed.map(box));
            }
            return el('section.sp-checklists' + (editable ? '' : '.sp-readonly'), parts);
        }

        return { render: render };
    });
