/* Pipeline by stage: the open deals in each stage now, their value and their weighted value. */
define('sales-pipeline/dashboard/pipeline', ['sales-pipeline/dashboard/gadget', 'sales-pipeline/dashboard/format', 'sales-pipeline/common/dom',
    'sales-pipeline/dashboard/drilldown'],
    function (gadget, format, dom, drilldown) {
        'use strict';

        var el = dom.el;

        function render(data, pipeline, settings, more, range) {
            var currency = pipeline ? pipeline.currency : 'USD';
            var most = Math.max.apply(null, data.stages.map(function (s) { return s.value; })) || 1;
            var rows = data.stages.map(function (stage) {
                return el('tr', { 'data-key': stage.key, 'data-deals': stage.deals, 'data-value': stage.value }, [
                    el('th', { scope: 'row' }, stage.name),
                    el('td.sp-num', el('a.sp-drill', { href: drilldown.url(drilldown.stage(settings.project, stage.key, range.at,
                        settings.owner)) }, format.number(stage.deals))),
                    el('td.sp-num', [format.money(stage.value, currency), gadget.bar(stage.value / most)]),
                    el('td.sp-num', format.money(stage.weightedValue, currency))
                ]);
            });
            return el('table.aui.sp-table', [
                el('thead', el('tr', [el('th', format.text('sales-pipeline.gadget.stage')),
                    el('th.sp-num', format.text('sales-pipeline.gadget.deals')), el('th.sp-num', format.text('sales-pipeline.gadget.value')),
                    el('th.sp-num', format.text('sales-pipeline.gadget.weighted-value'))])),
                el('tbody', rows),
                el('tfoot', el('tr.sp-total', { 'data-deals': data.totalDeals, 'data-value': data.totalValue }, [
                    el('th', { scope: 'row' }, format.text('sales-pipeline.gadget.total')),
                    el('td.sp-num', format.number(data.totalDeals)),
                    el('td.sp-num', format.money(data.totalValue, currency)),
                    el('td.sp-num', format.money(data.totalWeightedValue, currency))
                ]))
            ]);
        }

        return gadget.define({
            name: 'pipeline',
            metric: 'summary',
            scope: 'now',
            params: function (range, settings) { return { at: range.at, owner: settings.owner }; },
            isEmpty: function (data) { return !data.totalDeals; },
            empty: 'sales-pipeline.gadget.pipeline.empty',
            emptyOwner: 'sales-pipeline.gadget.pipeline.empty.owner',
            render: render
        });
    });
