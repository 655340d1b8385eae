/*
 * Sends JSON to the app's REST API for the admin pages; answers {status, body} and never rejects on an HTTP error.
 * Every write says it is no form post (Jira's XSRF check), and a write with a body sends it as JSON.
 */
define('sales-pipeline/admin/api', [], function () {
    'use strict';

    function base() {
        var contextPath = (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
        return contextPath + '/rest/sales-pipeline/1.0';
    }

    function send(method, path, body) {
        var options = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
        if (method !== 'GET') {
            options.headers['X-Atlassian-Token'] = 'no-check';
        }
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(base() + path, options).then(function (response) {
            return response.text().then(function (text) {
                var parsed = null;
                try { parsed = text ? JSON.parse(text) : null; } catch (notJson) { parsed = null; }
                return { status: response.status, ok: response.ok, body: parsed };
            });
        }, function (failure) {
            return { status: 0, ok: false, body: { errors: [{ field: null, message: String(failure && failure.message) }] } };
        });
    }

    function project(key) {
        return '/pipelines/' + encodeURIComponent(key);
    }

    return { base: base, send: send, project: project };
});
