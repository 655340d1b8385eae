/* Starts the deal panel in every deal container of the issue view, including those the view adds later. */
require(['sales-pipeline/common/dom', 'sales-pipeline/panel/panel'], function (dom, panel) {
    'use strict';

    var CONTAINER = 'sales-pipeline-deal';

    function start() {
        dom.all(document, '.' + CONTAINER).forEach(function (container) {
            if (!container.hasAttribute('data-started')) {
                container.setAttribute('data-started', 'true');
                panel.load(container);
            }
        });
    }

    dom.ready(function () {
        start();
        // The issue view replaces its panels without a page load (for example after a transition).
        new MutationObserver(start).observe(document.documentElement, { childList: true, subtree: true });
    });
});
