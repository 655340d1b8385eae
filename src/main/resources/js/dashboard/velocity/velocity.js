/* Sales velocity and its four inputs: open deals, average deal size, win rate and sales cycle. */
define('sales-pipeline/dashboard/velocity', ['sales-pipeline/dashboard/gadget', 'sales-pipeline/dashboard/format'],
    function (gadget, format) {
        'use strict';

        function kpi(name, label, value, raw) {
            return '<div class="sp-kpi" data-kpi="' + name + '" data-value="' + (raw === null || raw === undefined ? '' : raw) + '">'
                + '<div class="sp-kpi-value">' + format.escape(value) + '</div>'
                + '<div class="sp-kpi-label">' + format.escape(format.text(label)) + '</div></div>';
        }

        function render(data, pipeline) {
            var currency = pipeline ? pipeline.currency : 'USD';
            var empty = data.won + data.lost === 0
                ? '<p class="sp-empty">' + format.escape(format.text('sales-pipeline.gadget.velocity.empty')) + '</p>' : '';
            return empty + '<div class="sp-kpis">'
                + kpi('velocity', 'sales-pipeline.gadget.velocity.per-day', format.money(data.velocityPerDay, currency), data.velocityPerDay)
                + kpi('openDeals', 'sales-pipeline.gadget.velocity.open-deals', format.number(data.openDeals), data.openDeals)
                + kpi('averageDealSize', 'sales-pipeline.gadget.velocity.average-deal', format.money(data.averageDealSize, currency), data.averageDealSize)
                + kpi('winRate', 'sales-pipeline.gadget.velocity.win-rate', format.percent(data.winRate), data.winRate)
                + kpi('salesCycleDays', 'sales-pipeline.gadget.velocity.cycle', format.number(data.salesCycleDays, 1), data.salesCycleDays)
                + '</div><p class="sp-caption">' + format.escape(format.text('sales-pipeline.gadget.velocity.formula')) + '</p>'
                + '<p class="sp-caption">' + format.escape(format.text('sales-pipeline.gadget.velocity.closed', data.won, data.lost)) + '</p>';
        }

        return gadget.define({
            name: 'velocity',
            metric: 'velocity',
            params: function (range, settings) { return { from: range.from, to: range.to, owner: settings.owner }; },
            render: render
        });
    });
