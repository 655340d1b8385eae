/* The stage conversion funnel: how many deals created in the period reached each stage, and won. */
define('sales-pipeline/dashboard/funnel', ['sales-pipeline/dashboard/gadget', 'sales-pipeline/dashboard/format', 'sales-pipeline/common/dom'],
    function (gadget, format, dom) {
        'use strict';

        var el = dom.el;

        function step(stage, index, data) {
            var width = Math.max(2, Math.round(stage.reached / data.cohort * 100));
            return el('li.sp-step', { 'data-key': stage.key, 'data-reached': stage.reached }, [
                el('div.sp-step-label', [el('span.sp-step-name', stage.name), el('span.sp-step-count', format.number(stage.reached))]),
                el('div.sp-bar-track', el('div.sp-bar' + (stage.key === 'WON' ? '.sp-bar-won' : ''), { style: 'width:' + width + '%' })),
                index < data.stages.length - 1
                    ? el('div.sp-conversion', { 'data-conversion': stage.conversion === null ? '' : stage.conversion },
                        format.text('sales-pipeline.gadget.funnel.conversion', format.percent(stage.conversion)))
                    : null
            ]);
        }

        function render(data) {
            if (!data.cohort) {
                return el('p.sp-empty', format.text('sales-pipeline.gadget.funnel.empty'));
            }
            var won = data.stages[data.stages.length - 1].reached;
            return [
                el('p.sp-caption', format.text('sales-pipeline.gadget.funnel.cohort', format.number(data.cohort))),
                el('ol.sp-funnel', data.stages.map(function (stage, index) { return step(stage, index, data); })),
                el('p.sp-total', { 'data-win-rate': won / data.cohort },
                    format.text('sales-pipeline.gadget.funnel.win-rate', format.percent(won / data.cohort)))
            ];
        }

        return gadget.define({
            name: 'funnel',
            metric: 'funnel',
            params: function (range, settings) { return { from: range.from, to: range.to, owner: settings.owner }; },
            render: render
        });
    });
