/* The stage path of the deal panel, and how a closed deal ended. */
define('sales-pipeline/panel/path',
    ['sales-pipeline/common/dom', 'sales-pipeline/common/text', 'sales-pipeline/panel/common'],
    function (dom, format, common) {
        'use strict';

        var el = dom.el;
        var text = common.text;

        function steps(deal) {
            return el('ol.sp-path', deal.path.map(function (step) {
                return el('li.sp-step.sp-step-' + step.state.toLowerCase(),
                    { 'data-stage': step.key, 'aria-current': step.state === 'CURRENT' ? 'step' : null }, step.name);
            }));
        }

        /** The outcome, when it was entered, the reason, days from creation, the amount, and how the metrics count it. */
        function closed(deal) {
            var outcome = deal.closed;
            var line = [el('span.aui-lozenge.sp-outcome-' + outcome.outcome.toLowerCase(), common.named('outcome',
                outcome.outcome))];
            if (outcome.at) {
                line.push(' ', common.ago(outcome.at, 'sp-outcome-at'));
            }
            if (outcome.reason) {
                line.push(' ', el('span.sp-outcome-reason', text('sales-pipeline.panel.outcome.reason', outcome.reason)));
            }
            if (outcome.daysFromCreation !== null && outcome.daysFromCreation !== undefined) {
                line.push(' ', el('span.sp-outcome-days', text('sales-pipeline.panel.outcome.days', format.number(outcome.daysFromCreation, 1))));
            }
            if (outcome.amount !== null && outcome.amount !== undefined) {
                line.push(' ', el('span.sp-outcome-amount', text('sales-pipeline.panel.outcome.amount', format.money(outcome.amount, deal.currency))));
            }
            var parts = [el('p.sp-outcome', line)];
            if (outcome.countedAs) {
                parts.push(el('p.sp-counted', { 'data-counted-as': outcome.countedAs }, text('sales-pipeline.panel.outcome.counted',
                    common.named('outcome', outcome.countedAs))));
            }
            return el('div.sp-closed', { 'data-outcome': outcome.outcome }, parts);
        }

        function render(deal) {
            var parts = [steps(deal)];
            if (deal.closed) {
                parts.push(closed(deal));
            } else if (!deal.currentStage) {
                parts.push(el('p.sp-unmapped', text('sales-pipeline.panel.unmapped', deal.statusId || '')));
            }
            return el('section.sp-path-section', parts);
        }

        return { render: render };
    });
