/* The current stage's guidance and what "done" means, with the line breaks the admin wrote. */
define('sales-pipeline/panel/guidance', ['sales-pipeline/common/dom', 'sales-pipeline/panel/common'], function (dom, common) {
    'use strict';

    var el = dom.el;
    var text = common.text;

    function render(deal) {
        if (!deal.currentStage || deal.closed) {
            return null;
        }
        var parts = [];
        if (deal.guidance) {
            parts.push(el('h3', text('sales-pipeline.panel.guidance')), el('p.sp-advice', deal.guidance));
        }
        if (deal.exitCriteria) {
            parts.push(el('h4', text('sales-pipeline.panel.exit')), el('p.sp-exit', deal.exitCriteria));
        }
        return parts.length ? el('section.sp-guidance', parts) : null;
    }

    return { render: render };
});
