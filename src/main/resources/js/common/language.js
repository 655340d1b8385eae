/*
 * The app's language for the user: English or Hebrew, as the server answers it from the user's own choice or Jira's
 * language. The server also sends every message of the app in that language, so that the app's text follows the
 * user's choice even where Jira's page is in another language. The app's containers (panel, admin pages, gadgets)
 * take its direction and language; Jira's own page stays as it is.
 */
define('sales-pipeline/common/language', [], function () {
    'use strict';

    var state = { language: 'en', direction: 'ltr', choice: null, languages: ['en'], messages: null };
    var loading = null;

    function base() {
        var contextPath = (typeof window !== 'undefined' && window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
        return contextPath + '/rest/sales-pipeline/1.0/language';
    }

    function take(answer) {
        if (answer && typeof answer.language === 'string') {
            state = {
                language: answer.language,
                direction: answer.direction === 'rtl' ? 'rtl' : 'ltr',
                choice: answer.choice || null,
                languages: answer.languages || [answer.language],
                messages: answer.messages || null
            };
        }
        return state;
    }

    function call(method, body) {
        var options = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.headers['X-Atlassian-Token'] = 'no-check';
            options.body = JSON.stringify(body);
        }
        return fetch(base(), options).then(function (response) {
            return response.ok ? response.json() : null;
        });
    }

    /**
     * Asks the server once for the user's language and messages; resolves with the state. Without an answer (an
     * anonymous user, a network failure) the app stays in English with the page's own messages.
     */
    function load() {
        if (!loading) {
            loading = typeof fetch === 'function' ? call('GET').then(take, function () { return state; })
                : Promise.resolve(state);
        }
        return loading;
    }

    /** Keeps the user's choice ('en', 'he', or null for Jira's language) and resolves with the new state. */
    function choose(language) {
        return call('PUT', { language: language || null }).then(function (answer) {
            loading = Promise.resolve(take(answer));
            return state;
        });
    }

    /** Gives an app container the user's direction and language: dir="rtl" lang="he" for Hebrew. */
    function apply(container) {
        if (container && container.setAttribute) {
            container.setAttribute('dir', state.direction);
            container.setAttribute('lang', state.language);
        }
        return container;
    }

    return {
        load: load,
        choose: choose,
        apply: apply,
        /** The server's message for the key in the user's language; undefined until loaded or for an unknown key. */
        message: function (key) { return state.messages ? state.messages[key] : undefined; },
        current: function () { return state.language; },
        choice: function () { return state.choice; },
        languages: function () { return state.languages.slice(); },
        isRightToLeft: function () { return state.direction === 'rtl'; },
        /** The locale numbers and dates are written in for the language: he-IL for Hebrew, else none (Jira's). */
        locale: function () { return state.language === 'he' ? 'he-IL' : undefined; }
    };
});
