/* Pipeline by stage: the open deals in each stage now, their value and their weighted value. */
define('sales-pipeline/dashboard/pipeline', ['sales-pipeline/dashboard/gadget', 'sales-pipeline/dashboard/format'],
    function (gadget, format) {
        'use strict';

        function render(data, pipeline) {
            if (!data.totalDeals) {
                return '<p class="sp-empty">' + format.escape(format.text('sales-pipeline.gadget.pipeline.empty')) + '</p>';
            }
            var currency = pipeline ? pipeline.currency : 'USD';
            var most = Math.max.apply(null, data.stages.map(function (s) { return s.value; })) || 1;
            var rows = data.stages.map(function (stage) {
                return '<tr data-key="' + format.escape(stage.key) + '" data-deals="' + stage.deals + '" data-value="' + stage.value + '">'
                    + '<th scope="row">' + format.escape(stage.name) + '</th>'
                    + '<td class="sp-num">' + format.number(stage.deals) + '</td>'
                    + '<td class="sp-num">' + format.money(stage.value, currency)
                    + '<div class="sp-bar-track"><div class="sp-bar" style="width:' + Math.round(stage.value / most * 100) + '%"></div></div></td>'
                    + '<td class="sp-num">' + format.money(stage.weightedValue, currency) + '</td></tr>';
            }).join('');
            return '<table class="aui sp-table"><thead><tr><th>' + format.escape(format.text('sales-pipeline.gadget.stage'))
                + '</th><th class="sp-num">' + format.escape(format.text('sales-pipeline.gadget.deals'))
                + '</th><th class="sp-num">' + format.escape(format.text('sales-pipeline.gadget.value'))
                + '</th><th class="sp-num">' + format.escape(format.text('sales-pipeline.gadget.weighted-value'))
                + '</th></tr></thead><tbody>' + rows + '</tbody><tfoot><tr class="sp-total" data-deals="' + data.totalDeals
                + '" data-value="' + data.totalValue + '"><th scope="row">' + format.escape(format.text('sales-pipeline.gadget.total'))
                + '</th><td class="sp-num">' + format.number(data.totalDeals) + '</td><td class="sp-num">'
                + format.money(data.totalValue, currency) + '</td><td class="sp-num">'
                + format.money(data.totalWeightedValue, currency) + '</td></tr></tfoot></table>';
        }

        return gadget.define({
            name: 'pipeline',
            metric: 'summary',
            params: function (range, settings) { return { at: range.at, owner: settings.owner }; },
            render: render
        });
    });
