/* Stalled deals: open deals that stayed in their stage past its rot days, most overdue first. */
define('sales-pipeline/dashboard/stalled', ['sales-pipeline/dashboard/gadget', 'sales-pipeline/dashboard/format', 'sales-pipeline/common/dom'],
    function (gadget, format, dom) {
        'use strict';

        var el = dom.el;

        function render(data, pipeline) {
            if (!data.deals.length) {
                return el('p.sp-empty', format.text('sales-pipeline.gadget.stalled.empty'));
            }
            var names = {};
            (pipeline ? pipeline.stages : []).forEach(function (s) { names[s.key] = s.name; });
            var rows = data.deals.map(function (deal) {
                return el('tr', { 'data-key': deal.key, 'data-days-overdue': deal.daysOverdue }, [
                    el('td', [el('a', { href: gadget.issueLink(deal.key) }, deal.key), ' ', deal.summary]),
                    el('td', names[deal.stage] || deal.stage),
                    el('td.sp-num.sp-overdue', format.text('sales-pipeline.gadget.stalled.days', format.number(deal.daysOverdue, 1)))
                ]);
            });
            return el('table.aui.sp-table', [
                el('thead', el('tr', [el('th', format.text('sales-pipeline.gadget.deal')), el('th', format.text('sales-pipeline.gadget.stage')),
                    el('th.sp-num', format.text('sales-pipeline.gadget.stalled.overdue'))])),
                el('tbody', rows)
            ]);
        }

        return gadget.define({
            name: 'stalled',
            metric: 'stalled',
            params: function (range, settings) { return { at: range.at, limit: 10, owner: settings.owner }; },
            render: render
        });
    });
