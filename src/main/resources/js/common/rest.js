/*
 * The one REST client of the app's scripts: JSON to and from /rest/sales-pipeline/1.0. A call resolves with the
 * answer's body and rejects with {status, errors:[{field, message}], confirmWith?, removedStages?}, the shape the server's errors have; an answer
 * without that shape and a network failure are turned into it, so that callers handle one kind of error.
 */
define('sales-pipeline/common/rest', ['sales-pipeline/common/text'], function (textHelpers) {
    'use strict';

    /* Every message of the client, each named literally so that Jira's script i18n transformer can replace it. */
    var text = textHelpers.messages(function () {
        return {
            'sales-pipeline.common.error.http': AJS.I18n.getText('sales-pipeline.common.error.http'),
            'sales-pipeline.common.error.network': AJS.I18n.getText('sales-pipeline.common.error.network')
        };
    });

    function base() {
        var contextPath = (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
        return contextPath + '/rest/sales-pipeline/1.0';
    }

    /** The query string of the parameters that have a value ('' when none has). */
    function query(params) {
        var parts = [];
        Object.keys(params || {}).forEach(function (name) {
            var value = params[name];
            if (value !== undefined && value !== null && value !== '') {
                parts.push(encodeURIComponent(name) + '=' + encodeURIComponent(value));
            }
        });
        return parts.length ? '?' + parts.join('&') : '';
    }

    function parse(body) {
        try {
            return body ? JSON.parse(body) : null;
        } catch (notJson) {
            return undefined;
        }
    }

    function failure(status, body) {
        var errors = body && Array.isArray(body.errors) && body.errors.length ? body.errors.map(function (error) {
            return { field: error.field === undefined ? null : error.field, message: String(error.message) };
        }) : [{ field: null, message: text('sales-pipeline.common.error.http', status) }];
        var failed = { status: status, errors: errors };
        // A 409 that waits for confirmation names the request fields that confirm it.
        if (body && Array.isArray(body.confirmWith)) {
            failed.confirmWith = body.confirmWith.map(String);
            failed.removedStages = Array.isArray(body.removedStages) ? body.removedStages : [];
        }
        return failed;
    }

    /** Sends a call; path is below the API's base, body (if any) goes as JSON. */
    function send(method, path, body) {
        var options = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
        if (method !== 'GET') {
            // Jira's XSRF check lets a call through that says it is no form post.
            options.headers['X-Atlassian-Token'] = 'no-check';
        }
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(base() + path, options).then(function (response) {
            return response.text().then(function (raw) {
                var parsed = parse(raw);
                if (!response.ok || parsed === undefined) {
                    throw failure(response.status, parsed);
                }
                return parsed;
            });
        }, function () {
            throw { status: 0, errors: [{ field: null, message: text('sales-pipeline.common.error.network') }] };
        });
    }

    /** The messages of a failed call, one line each (a script error caught on the way gives its own message). */
    function messagesOf(error) {
        if (error && Array.isArray(error.errors)) {
            return error.errors.map(function (each) { return each.message; });
        }
        return [String(error && error.message ? error.message : error)];
    }

    return {
        base: base,
        query: query,
        /** The full address of a call with its parameters, for a link (such as a download) rather than a fetch. */
        url: function (path, params) { return base() + path + query(params); },
        get: function (path, params) { return send('GET', path + query(params)); },
        put: function (path, body) { return send('PUT', path, body); },
        post: function (path, body) { return send('POST', path, body); },
        send: send,
        messagesOf: messagesOf,
        project: function (key) { return '/pipelines/' + encodeURIComponent(key); },
        deal: function (key) { return '/deals/' + encodeURIComponent(key); }
    };
});
