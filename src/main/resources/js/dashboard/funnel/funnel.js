/* The stage conversion funnel: how many deals created in the period reached each stage, and won. */
define('sales-pipeline/dashboard/funnel', ['sales-pipeline/dashboard/gadget', 'sales-pipeline/dashboard/format'],
    function (gadget, format) {
        'use strict';

        function render(data) {
            if (!data.cohort) {
                return '<p class="sp-empty">' + format.escape(format.text('sales-pipeline.gadget.funnel.empty')) + '</p>';
            }
            var rows = data.stages.map(function (stage, index) {
                var width = Math.max(2, Math.round(stage.reached / data.cohort * 100));
                var conversion = index < data.stages.length - 1
                    ? '<div class="sp-conversion" data-conversion="' + (stage.conversion === null ? '' : stage.conversion) + '">'
                        + format.escape(format.text('sales-pipeline.gadget.funnel.conversion', format.percent(stage.conversion)))
                        + '</div>'
                    : '';
                return '<li class="sp-step" data-key="' + format.escape(stage.key) + '" data-reached="' + stage.reached + '">'
                    + '<div class="sp-step-label"><span class="sp-step-name">' + format.escape(stage.name) + '</span>'
                    + '<span class="sp-step-count">' + format.number(stage.reached) + '</span></div>'
                    + '<div class="sp-bar-track"><div class="sp-bar' + (stage.key === 'WON' ? ' sp-bar-won' : '')
                    + '" style="width:' + width + '%"></div></div>' + conversion + '</li>';
            }).join('');
            var won = data.stages[data.stages.length - 1].reached;
            return '<p class="sp-caption">' + format.escape(format.text('sales-pipeline.gadget.funnel.cohort', format.number(data.cohort)))
                + '</p><ol class="sp-funnel">' + rows + '</ol>'
                + '<p class="sp-total" data-win-rate="' + (won / data.cohort) + '">'
                + format.escape(format.text('sales-pipeline.gadget.funnel.win-rate', format.percent(won / data.cohort))) + '</p>';
        }

        return gadget.define({
            name: 'funnel',
            metric: 'funnel',
            params: function (range, settings) { return { from: range.from, to: range.to, owner: settings.owner }; },
            render: render
        });
    });
