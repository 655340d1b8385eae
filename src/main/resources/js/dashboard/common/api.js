/* Calls the app's REST API from the gadgets. */
define('sales-pipeline/dashboard/api', [], function () {
    'use strict';

    function base() {
        var contextPath = (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
        return contextPath + '/rest/sales-pipeline/1.0';
    }

    function query(params) {
        var parts = [];
        Object.keys(params).forEach(function (name) {
            if (params[name] !== undefined && params[name] !== null && params[name] !== '') {
                parts.push(encodeURIComponent(name) + '=' + encodeURIComponent(params[name]));
            }
        });
        return parts.length ? '?' + parts.join('&') : '';
    }

    /** GET a JSON resource; a failed call rejects with the first error message of the answer. */
    function get(path, params) {
        return fetch(base() + path + query(params || {}), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (response) {
                return response.json().catch(function () { return {}; }).then(function (body) {
                    if (!response.ok) {
                        var message = body.errors && body.errors[0] ? body.errors[0].message : 'HTTP ' + response.status;
                        throw new Error(message);
                    }
                    return body;
                });
            });
    }

    return {
        pipelines: function () { return get('/pipelines'); },
        metric: function (project, name, params) { return get('/pipelines/' + encodeURIComponent(project) + '/' + name, params); }
    };
});
