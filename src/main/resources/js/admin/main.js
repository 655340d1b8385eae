/* Starts the script of the admin page that is shown, named by the data-page attribute of its root element. */
(function () {
    'use strict';
    function start() {
        var root = document.getElementById('sp-admin');
        var page = root && root.getAttribute('data-page');
        if (page === 'edit' || page === 'setup' || page === 'system') {
            require(['sales-pipeline/admin/' + page], function (module) { module.init(root); });
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
