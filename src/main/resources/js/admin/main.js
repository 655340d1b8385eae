/* Starts the script of the admin page that is shown, named by the data-page attribute of its root element. */
require(['sales-pipeline/common/dom', 'sales-pipeline/common/language'], function (dom, language) {
    'use strict';

    var PAGES = { edit: 'sales-pipeline/admin/edit', setup: 'sales-pipeline/admin/setup', system: 'sales-pipeline/admin/system',
        pipelines: 'sales-pipeline/admin/pipelines' };

    dom.ready(function () {
        var root = document.getElementById('sp-admin');
        var page = root && PAGES[root.getAttribute('data-page')];
        if (page) {
            // The page's own text comes from the server in the user's language; its scripts speak it too.
            language.load().then(function () {
                language.apply(root);
                require([page], function (module) { module.init(root); });
            });
        }
    });
});
