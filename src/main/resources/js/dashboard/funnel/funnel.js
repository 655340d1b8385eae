/* The stage conversion funnel: how many deals created in the period reached each stage, and won. */
define('sales-pipeline/dashboard/funnel', ['sales-pipeline/dashboard/gadget', 'sales-pipeline/dashboard/format', 'sales-pipeline/common/dom',
    'sales-pipeline/dashboard/drilldown'],
    function (gadget, format, dom, drilldown) {
        'use strict';

        var el = dom.el;

        function step(stage, index, data, deals) {
            return el('li.sp-step', { 'data-key': stage.key, 'data-reached': stage.reached }, [
                el('div.sp-step-label', [el('span.sp-step-name', stage.name), el('span.sp-step-count',
                    el('a.sp-drill', { href: deals(stage.key) }, format.number(stage.reached)))]),
                gadget.bar(stage.reached / data.cohort, stage.key === 'WON' ? '.sp-bar-won' : ''),
                index < data.stages.length - 1
                    ? el('div.sp-conversion', { 'data-conversion': stage.conversion === null ? '' : stage.conversion },
                        format.text('sales-pipeline.gadget.funnel.conversion', format.percent(stage.conversion)))
                    : null
            ]);
        }

        function render(data, pipeline, settings, more, range) {
            function deals(stageKey) {
                return drilldown.url(drilldown.cohort(settings.project, range.from, range.to, stageKey, settings.owner));
            }
            return [
                el('p.sp-caption', el('a.sp-drill', { href: deals() }, format.count('sales-pipeline.gadget.funnel.cohort', data.cohort))),
                el('ol.sp-funnel', data.stages.map(function (stage, index) { return step(stage, index, data, deals); })),
                el('p.sp-total', { 'data-created-to-won': data.createdToWon, title: format.text('sales-pipeline.gadget.funnel.created-to-won.definition') },
                    format.text('sales-pipeline.gadget.funnel.created-to-won', format.percent(data.createdToWon)))
            ];
        }

        return gadget.define({
            name: 'funnel',
            metric: 'funnel',
            scope: 'past',
            params: function (range, settings) { return { from: range.from, to: range.to, owner: settings.owner }; },
            isEmpty: function (data) { return !data.cohort; },
            empty: 'sales-pipeline.gadget.funnel.empty',
            render: render
        });
    });
