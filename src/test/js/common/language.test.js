'use strict';
/* The app's language comes from the server: its messages win over the page's, and Hebrew turns the container right to left. */
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('../support/amd');

function page(languageAnswer) {
    const fetch = (url) => Promise.resolve({ ok: languageAnswer !== null, status: languageAnswer === null ? 401 : 200,
        json: () => Promise.resolve(languageAnswer) });
    const scripts = load(['js/common/language.js', 'js/common/time.js', 'js/common/text.js'],
        { meta: { 'ajs-user-locale': 'en_US', 'ajs-user-timezone': 'UTC' }, fetch });
    return {
        language: scripts.require('sales-pipeline/common/language'),
        text: scripts.require('sales-pipeline/common/text'),
        time: scripts.require('sales-pipeline/common/time'),
        document: scripts.document
    };
}

const HEBREW = { language: 'he', direction: 'rtl', choice: null, languages: ['en', 'he'],
    messages: { 'sales-pipeline.panel.pipeline': '\u05e6\u05e0\u05e8\u05ea: {0}' } };

test('a Hebrew user reads the server\'s messages, numbers and dates in he-IL, and the container turns right to left', async () => {
    const { language, text, time, document } = page(HEBREW);
    await language.load();
    const say = text.messages(() => ({ 'sales-pipeline.panel.pipeline': 'Pipeline: {0}', 'sales-pipeline.panel.owner': 'Owner' }));
    assert.equal(say('sales-pipeline.panel.pipeline', 'ACME'), '\u05e6\u05e0\u05e8\u05ea: ACME');
    assert.equal(say('sales-pipeline.panel.owner'), 'Owner', 'a key the server lacks keeps the page\'s text');
    assert.equal(time.locale(), 'he-IL');
    assert.equal(text.number(12345), (12345).toLocaleString('he-IL'));
    const container = document.createElement('div');
    language.apply(container);
    assert.equal(container.getAttribute('dir'), 'rtl');
    assert.equal(container.getAttribute('lang'), 'he');
});

test('without an answer the app stays in English, left to right, in Jira\'s locale', async () => {
    const { language, text, time, document } = page(null);
    await language.load();
    const say = text.messages(() => ({ 'sales-pipeline.panel.pipeline': 'Pipeline: {0}' }));
    assert.equal(say('sales-pipeline.panel.pipeline', 'ACME'), 'Pipeline: ACME');
    assert.equal(time.locale(), 'en-US');
    const container = language.apply(document.createElement('div'));
    assert.equal(container.getAttribute('dir'), 'ltr');
    assert.equal(container.getAttribute('lang'), 'en');
});
