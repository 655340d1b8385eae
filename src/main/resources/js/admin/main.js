/* Starts the script of the admin page that is shown, named by the data-page attribute of its root element. */
require(['sales-pipeline/common/dom'], function (dom) {
    'use strict';

    var PAGES = { edit: 'sales-pipeline/admin/edit', setup: 'sales-pipeline/admin/setup', system: 'sales-pipeline/admin/system',
        pipelines: 'sales-pipeline/admin/pipelines' };

    dom.ready(function () {
        var root = document.getElementById('sp-admin');
        var page = root && PAGES[root.getAttribute('data-page')];
        if (page) {
            require([page], function (module) { module.init(root); });
        }
    });
});
