/* The pipelines page: after a mapping is saved the set-up page comes back here with ?saved=KEY, which says so. */
define('sales-pipeline/admin/pipelines', ['sales-pipeline/admin/messages'], function (messages) {
    'use strict';

    function init(root) {
        var saved = new URLSearchParams(window.location.search).get('saved');
        var row = saved && Array.prototype.slice.call(root.querySelectorAll('#sp-pipelines tr[data-project]'))
            .filter(function (each) { return each.getAttribute('data-project') === saved; })[0];
        if (row) {
            var area = root.querySelector('#sp-messages');
            messages.show(area, 'success', messages.text('sales-pipeline.admin.pipelines.saved',
                row.querySelector('.sp-name').textContent, saved));
            messages.focus(area);
        }
    }

    return { init: init };
});
