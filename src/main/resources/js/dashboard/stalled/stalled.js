/* Stalled deals: open deals that stayed in their stage past its rot days, most overdue first. */
define('sales-pipeline/dashboard/stalled', ['sales-pipeline/dashboard/gadget', 'sales-pipeline/dashboard/format'],
    function (gadget, format) {
        'use strict';

        function issueLink(key) {
            var contextPath = (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
            return contextPath + '/browse/' + encodeURIComponent(key);
        }

        function render(data, pipeline) {
            if (!data.deals.length) {
                return '<p class="sp-empty">' + format.escape(format.text('sales-pipeline.gadget.stalled.empty')) + '</p>';
            }
            var names = {};
            (pipeline ? pipeline.stages : []).forEach(function (s) { names[s.key] = s.name; });
            var rows = data.deals.map(function (deal) {
                return '<tr data-key="' + format.escape(deal.key) + '" data-days-overdue="' + deal.daysOverdue + '">'
                    + '<td><a href="' + issueLink(deal.key) + '">' + format.escape(deal.key) + '</a> '
                    + format.escape(deal.summary) + '</td><td>' + format.escape(names[deal.stage] || deal.stage) + '</td>'
                    + '<td class="sp-num sp-overdue">' + format.escape(format.text('sales-pipeline.gadget.stalled.days',
                        format.number(deal.daysOverdue, 1))) + '</td></tr>';
            }).join('');
            return '<table class="aui sp-table"><thead><tr><th>' + format.escape(format.text('sales-pipeline.gadget.deal'))
                + '</th><th>' + format.escape(format.text('sales-pipeline.gadget.stage')) + '</th><th class="sp-num">'
                + format.escape(format.text('sales-pipeline.gadget.stalled.overdue')) + '</th></tr></thead><tbody>' + rows + '</tbody></table>';
        }

        return gadget.define({
            name: 'stalled',
            metric: 'stalled',
            params: function (range, settings) { return { at: range.at, limit: 10, owner: settings.owner }; },
            render: render
        });
    });
