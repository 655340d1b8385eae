/* Forecast by close month for the coming period, and the open deals whose close date has passed. */
define('sales-pipeline/dashboard/forecast', ['sales-pipeline/dashboard/gadget', 'sales-pipeline/dashboard/format'],
    function (gadget, format) {
        'use strict';

        function render(data, pipeline) {
            var currency = pipeline ? pipeline.currency : 'USD';
            if (!data.months.length && !data.slipped.length) {
                return '<p class="sp-empty">' + format.escape(format.text('sales-pipeline.gadget.forecast.empty')) + '</p>';
            }
            var months = data.months.map(function (m) {
                return '<tr data-month="' + format.escape(m.month) + '" data-deals="' + m.deals + '" data-value="' + m.value + '"><th scope="row">'
                    + format.escape(m.month) + '</th><td class="sp-num">' + format.number(m.deals) + '</td><td class="sp-num">'
                    + format.money(m.value, currency) + '</td><td class="sp-num">' + format.money(m.weightedValue, currency) + '</td></tr>';
            }).join('');
            var slipped = data.slipped.slice(0, 10).map(function (d) {
                return '<li data-key="' + format.escape(d.key) + '"><a href="' + ((window.AJS && AJS.contextPath) ? AJS.contextPath() : '')
                    + '/browse/' + encodeURIComponent(d.key) + '">' + format.escape(d.key) + '</a> ' + format.escape(d.summary)
                    + ' <span class="sp-overdue">' + format.escape(format.text('sales-pipeline.gadget.forecast.was-due', d.closeDate)) + '</span></li>';
            }).join('');
            return '<table class="aui sp-table"><thead><tr><th>' + format.escape(format.text('sales-pipeline.gadget.forecast.month'))
                + '</th><th class="sp-num">' + format.escape(format.text('sales-pipeline.gadget.deals')) + '</th><th class="sp-num">'
                + format.escape(format.text('sales-pipeline.gadget.value')) + '</th><th class="sp-num">'
                + format.escape(format.text('sales-pipeline.gadget.weighted-value')) + '</th></tr></thead><tbody>' + months + '</tbody></table>'
                + (data.slipped.length ? '<h4 data-slipped="' + data.slipped.length + '">' + format.escape(format.text(
                    'sales-pipeline.gadget.forecast.slipped', data.slipped.length)) + '</h4><ul class="sp-slipped">' + slipped + '</ul>' : '');
        }

        return gadget.define({
            name: 'forecast',
            metric: 'forecast',
            params: function (range, settings) { return { from: range.today, to: range.until, owner: settings.owner }; },
            render: render
        });
    });
