/* Forecast by close month for the coming period, and the open deals whose close date has passed. */
define('sales-pipeline/dashboard/forecast', ['sales-pipeline/dashboard/gadget', 'sales-pipeline/dashboard/format', 'sales-pipeline/common/dom',
    'sales-pipeline/dashboard/drilldown'],
    function (gadget, format, dom, drilldown) {
        'use strict';

        var el = dom.el;

        function months(data, currency, settings, range) {
            if (!data.months.length) {
                return el('p.sp-empty.sp-no-months', settings.owner
                    ? format.text('sales-pipeline.gadget.forecast.no-months.owner', settings.days, settings.ownerName)
                    : format.text('sales-pipeline.gadget.forecast.no-months', settings.days));
            }
            return el('table.aui.sp-table', [
                el('thead', el('tr', [el('th', format.text('sales-pipeline.gadget.forecast.month')),
                    el('th.sp-num', format.text('sales-pipeline.gadget.deals')), el('th.sp-num', format.text('sales-pipeline.gadget.value')),
                    el('th.sp-num', format.text('sales-pipeline.gadget.weighted-value'))])),
                el('tbody', data.months.map(function (m) {
                    return el('tr', { 'data-month': m.month, 'data-deals': m.deals, 'data-value': m.value }, [
                        el('th', { scope: 'row' }, format.month(m.month)), el('td.sp-num', el('a.sp-drill', { href: drilldown.url(
                            drilldown.forecast(settings.project, m.month, range.today, range.until, settings.owner)) }, format.number(m.deals))),
                        el('td.sp-num', format.money(m.value, currency)), el('td.sp-num', format.money(m.weightedValue, currency))
                    ]);
                }))
            ]);
        }

        function render(data, pipeline, settings, more, range) {
            var currency = pipeline ? pipeline.currency : 'USD';
            var slipped = data.slipped.slice(0, 10).map(function (d) {
                return el('li', { 'data-key': d.key }, [el('a', { href: gadget.issueLink(d.key) }, d.key), ' ', d.summary, ' ',
                    el('span.sp-overdue', format.text('sales-pipeline.gadget.forecast.was-due', format.date(d.closeDate)))]);
            });
            return [
                months(data, currency, settings, range),
                data.slipped.length ? [el('h4', { 'data-slipped': data.slipped.length }, el('a.sp-drill', {
                    href: drilldown.url(drilldown.slipped(settings.project, settings.owner)) },
                    format.count('sales-pipeline.gadget.forecast.slipped', data.slipped.length))), el('ul.sp-slipped', slipped)] : null
            ];
        }

        return gadget.define({
            name: 'forecast',
            metric: 'forecast',
            scope: 'next',
            params: function (range, settings) { return { from: range.today, to: range.until, owner: settings.owner }; },
            isEmpty: function (data) { return !data.months.length && !data.slipped.length; },
            empty: 'sales-pipeline.gadget.forecast.empty',
            emptyOwner: 'sales-pipeline.gadget.forecast.empty.owner',
            render: render
        });
    });
