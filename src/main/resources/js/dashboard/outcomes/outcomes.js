/* Win/loss and disqualification in the period, with the reasons deals were lost or disqualified. */
define('sales-pipeline/dashboard/outcomes', ['sales-pipeline/dashboard/gadget', 'sales-pipeline/dashboard/format'],
    function (gadget, format) {
        'use strict';

        function reasons(title, list) {
            if (!list.length) {
                return '';
            }
            var most = list[0].count;
            return '<h4>' + format.escape(format.text(title)) + '</h4><ul class="sp-reasons">' + list.map(function (r) {
                return '<li data-reason="' + format.escape(r.reason || '') + '" data-count="' + r.count + '"><span>'
                    + format.escape(r.reason || format.text('sales-pipeline.gadget.outcomes.no-reason')) + '</span><span class="sp-num">'
                    + format.number(r.count) + '</span><div class="sp-bar-track"><div class="sp-bar sp-bar-lost" style="width:'
                    + Math.round(r.count / most * 100) + '%"></div></div></li>';
            }).join('') + '</ul>';
        }

        function render(data) {
            if (!data.won && !data.lost && !data.disqualified) {
                return '<p class="sp-empty">' + format.escape(format.text('sales-pipeline.gadget.outcomes.empty')) + '</p>';
            }
            var closed = data.won + data.lost;
            return '<div class="sp-kpis">'
                + '<div class="sp-kpi" data-kpi="won" data-value="' + data.won + '"><div class="sp-kpi-value sp-won">' + format.number(data.won)
                + '</div><div class="sp-kpi-label">' + format.escape(format.text('sales-pipeline.gadget.outcomes.won')) + '</div></div>'
                + '<div class="sp-kpi" data-kpi="lost" data-value="' + data.lost + '"><div class="sp-kpi-value sp-lost">' + format.number(data.lost)
                + '</div><div class="sp-kpi-label">' + format.escape(format.text('sales-pipeline.gadget.outcomes.lost')) + '</div></div>'
                + '<div class="sp-kpi" data-kpi="disqualified" data-value="' + data.disqualified + '"><div class="sp-kpi-value">'
                + format.number(data.disqualified) + '</div><div class="sp-kpi-label">'
                + format.escape(format.text('sales-pipeline.gadget.outcomes.disqualified')) + '</div></div></div>'
                + '<p class="sp-caption">' + format.escape(format.text('sales-pipeline.gadget.outcomes.win-rate',
                    format.percent(closed ? data.won / closed : null))) + '</p>'
                + reasons('sales-pipeline.gadget.outcomes.lost-reasons', data.lostReasons)
                + reasons('sales-pipeline.gadget.outcomes.disqualified-reasons', data.disqualifiedReasons)
                + (data.medianDaysToDisqualify === null ? '' : '<p class="sp-caption">' + format.escape(format.text(
                    'sales-pipeline.gadget.outcomes.median-disqualify', format.number(data.medianDaysToDisqualify, 1))) + '</p>');
        }

        return gadget.define({
            name: 'outcomes',
            metric: 'outcomes',
            params: function (range, settings) { return { from: range.from, to: range.to, owner: settings.owner }; },
            render: render
        });
    });
