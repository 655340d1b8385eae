/*
 * The part of Jira's own REST API the board moves deals with: a deal's transitions with their screen fields, making
 * one, and setting a field by an edit. A call resolves with the answer's body and rejects with {status, messages}:
 * Jira's errorMessages and field errors, one line each, in Jira's words.
 */
define('sales-pipeline/board/jira-rest', ['sales-pipeline/common/text'], function (textHelpers) {
    'use strict';

    var text = textHelpers.messages(function () {
        return {
            'sales-pipeline.common.error.http': AJS.I18n.getText('sales-pipeline.common.error.http'),
            'sales-pipeline.common.error.network': AJS.I18n.getText('sales-pipeline.common.error.network')
        };
    });

    function issue(key) {
        var contextPath = (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
        return contextPath + '/rest/api/2/issue/' + encodeURIComponent(key);
    }

    /** Jira's error answer as lines: its general messages, then each field's. */
    function messagesOf(status, body) {
        var lines = [];
        if (body && Array.isArray(body.errorMessages)) {
            lines = lines.concat(body.errorMessages.map(String));
        }
        if (body && body.errors && typeof body.errors === 'object') {
            Object.keys(body.errors).forEach(function (field) { lines.push(String(body.errors[field])); });
        }
        return lines.length ? lines : [text('sales-pipeline.common.error.http', status)];
    }

    function send(method, url, body) {
        var options = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
        if (method !== 'GET') {
            options.headers['X-Atlassian-Token'] = 'no-check';
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(url, options).then(function (response) {
            return response.text().then(function (raw) {
                var parsed = null;
                try {
                    parsed = raw ? JSON.parse(raw) : null;
                } catch (notJson) {
                    parsed = null;
                }
                if (!response.ok) {
                    throw { status: response.status, messages: messagesOf(response.status, parsed) };
                }
                return parsed;
            });
        }, function () {
            throw { status: 0, messages: [text('sales-pipeline.common.error.network')] };
        });
    }

    return {
        /** The transitions Jira offers the user on the issue now, each with the fields of its screen. */
        transitions: function (key) {
            return send('GET', issue(key) + '/transitions?expand=transitions.fields')
                .then(function (body) { return (body && body.transitions) || []; });
        },
        /** Makes the transition, with field values for its screen ({fieldId: value}). */
        transition: function (key, transitionId, fields) {
            var body = { transition: { id: String(transitionId) } };
            if (fields && Object.keys(fields).length) {
                body.fields = fields;
            }
            return send('POST', issue(key) + '/transitions', body);
        },
        /** The fields the user may edit on the issue, by field id, each with its name and allowed values. */
        editableFields: function (key) {
            return send('GET', issue(key) + '/editmeta').then(function (body) { return (body && body.fields) || {}; });
        },
        /** The issue's current values of the given fields, by field id. */
        values: function (key, fieldIds) {
            return send('GET', issue(key) + '?fields=' + fieldIds.map(encodeURIComponent).join(','))
                .then(function (body) { return (body && body.fields) || {}; });
        },
        /** Sets fields by an edit. */
        edit: function (key, fields) {
            return send('PUT', issue(key), { fields: fields });
        }
    };
});
