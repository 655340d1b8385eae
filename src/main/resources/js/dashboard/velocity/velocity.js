/* Sales velocity and its four inputs: open deals, average deal size, win rate and sales cycle. */
define('sales-pipeline/dashboard/velocity', ['sales-pipeline/dashboard/gadget', 'sales-pipeline/dashboard/format', 'sales-pipeline/common/dom'],
    function (gadget, format, dom) {
        'use strict';

        var el = dom.el;

        function kpi(name, label, value, raw, definition) {
            return el('div.sp-kpi', { 'data-kpi': name, 'data-value': raw === null || raw === undefined ? '' : raw,
                title: definition ? format.text(definition) : null }, [
                el('div.sp-kpi-value', value), el('div.sp-kpi-label', format.text(label))]);
        }

        function render(data, pipeline, settings) {
            var currency = pipeline ? pipeline.currency : 'USD';
            var nothingClosed = data.won + data.lost === 0;
            return [
                nothingClosed ? el('p.sp-empty', settings.owner ? format.text('sales-pipeline.gadget.velocity.empty.owner', settings.ownerName)
                    : format.text('sales-pipeline.gadget.velocity.empty')) : null,
                el('div.sp-kpis', [
                    kpi('velocity', 'sales-pipeline.gadget.velocity.per-day', format.money(data.velocityPerDay, currency), data.velocityPerDay),
                    kpi('openDeals', 'sales-pipeline.gadget.velocity.open-deals', format.number(data.openDeals), data.openDeals),
                    kpi('averageDealSize', 'sales-pipeline.gadget.velocity.average-deal', format.money(data.averageDealSize, currency),
                        data.averageDealSize),
                    kpi('winRate', 'sales-pipeline.gadget.velocity.win-rate', format.percent(data.winRate), data.winRate,
                        'sales-pipeline.gadget.win-rate.definition'),
                    kpi('salesCycleDays', 'sales-pipeline.gadget.velocity.cycle', format.number(data.salesCycleDays, 1), data.salesCycleDays)
                ]),
                el('p.sp-caption', format.text('sales-pipeline.gadget.velocity.formula')),
                el('p.sp-caption', format.text('sales-pipeline.gadget.velocity.closed', data.won, data.lost))
            ];
        }

        return gadget.define({
            name: 'velocity',
            metric: 'velocity',
            scope: 'past',
            params: function (range, settings) { return { from: range.from, to: range.to, owner: settings.owner }; },
            render: render
        });
    });
