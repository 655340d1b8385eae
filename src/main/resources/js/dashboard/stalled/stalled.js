/* Stalled deals: open deals that stayed in their stage past its rot days, most overdue first, with amount, owner and push count. */
define('sales-pipeline/dashboard/stalled', ['sales-pipeline/dashboard/gadget', 'sales-pipeline/dashboard/format', 'sales-pipeline/common/dom',
    'sales-pipeline/dashboard/drilldown'],
    function (gadget, format, dom, drilldown) {
        'use strict';

        var el = dom.el;

        function render(data, pipeline, settings, more, range) {
            var currency = pipeline ? pipeline.currency : 'USD';
            var names = {};
            (pipeline ? pipeline.stages : []).forEach(function (s) { names[s.key] = s.name; });
            var rows = data.deals.map(function (deal) {
                return el('tr', { 'data-key': deal.key, 'data-days-overdue': deal.daysOverdue, 'data-owner': deal.owner || '' }, [
                    el('td.sp-deal', [
                        el('div', [el('a', { href: gadget.issueLink(deal.key) }, deal.key), ' ', el('span.sp-summary', deal.summary)]),
                        el('div.sp-caption', [el('span.sp-stage', names[deal.stage] || deal.stage), ' \u00b7 ',
                            el('span.sp-owner', deal.ownerName || deal.owner || format.text('sales-pipeline.gadget.unassigned'))])
                    ]),
                    el('td.sp-num.sp-amount', format.money(deal.amount, currency)),
                    el('td.sp-num.sp-pushes', { 'data-push-count': deal.pushCount },
                        deal.pushCount > 0 ? format.count('sales-pipeline.gadget.stalled.pushes.count', deal.pushCount) : '\u2014'),
                    el('td.sp-num.sp-overdue', format.count('sales-pipeline.gadget.stalled.days', deal.daysOverdue))
                ]);
            });
            return [el('table.aui.sp-table', [
                el('thead', el('tr', [el('th', format.text('sales-pipeline.gadget.deal')),
                    el('th.sp-num', format.text('sales-pipeline.gadget.amount')),
                    el('th.sp-num', { title: format.text('sales-pipeline.gadget.stalled.pushes.title') },
                        format.text('sales-pipeline.gadget.stalled.pushes')),
                    el('th.sp-num', format.text('sales-pipeline.gadget.stalled.overdue'))])),
                el('tbody', rows)
            ]), el('p.sp-caption', el('a.sp-drill', { href: drilldown.url(drilldown.stalled(settings.project, range.at, settings.owner)) },
                format.text('sales-pipeline.gadget.stalled.all')))];
        }

        return gadget.define({
            name: 'stalled',
            metric: 'stalled',
            scope: 'now',
            params: function (range, settings) { return { at: range.at, limit: 10, owner: settings.owner }; },
            isEmpty: function (data) { return !data.deals.length; },
            empty: 'sales-pipeline.gadget.stalled.empty',
            emptyOwner: 'sales-pipeline.gadget.stalled.empty.owner',
            render: render
        });
    });
