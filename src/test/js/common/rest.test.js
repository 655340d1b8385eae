'use strict';
/* The REST client: what it sends, and the one error shape every failure reaches its caller in. */
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, answer, recordingFetch } = require('../support/amd');

const COMMON = ['js/common/language.js', 'js/common/time.js', 'js/common/text.js', 'js/common/rest.js'];

function client(respond) {
    const recorder = recordingFetch(respond);
    const scripts = load(COMMON, { fetch: recorder.fetch });
    return { rest: scripts.require('sales-pipeline/common/rest'), calls: recorder.calls };
}

async function failureOf(promise) {
    try {
        await promise;
    } catch (error) {
        return error;
    }
    assert.fail('the call was expected to fail');
}

test('a GET asks for JSON under the context path with the browser session, and resolves with the body', async () => {
    const { rest, calls } = client(() => answer(200, { key: 'ACME-1' }));
    const body = await rest.get('/deals/ACME-1', { at: '2026-03-01', owner: '', limit: null });
    assert.deepEqual(body, { key: 'ACME-1' });
    assert.equal(calls[0].url, '/jira/rest/sales-pipeline/1.0/deals/ACME-1?at=2026-03-01');
    assert.equal(calls[0].options.method, 'GET');
    assert.equal(calls[0].options.credentials, 'same-origin');
    assert.equal(calls[0].options.headers.Accept, 'application/json');
    assert.equal(calls[0].options.headers['X-Atlassian-Token'], undefined, 'a read needs no XSRF token');
    assert.equal(calls[0].options.body, undefined);
});

test('a write sends its body as JSON with its content type and says it is no form post', async () => {
    const { rest, calls } = client(() => answer(200, {}));
    await rest.put('/deals/ACME-1/bant', { NEED: { answer: 'PARTIAL' } });
    await rest.post('/pipelines/ACME/history/rebuild');
    assert.equal(calls[0].options.method, 'PUT');
    assert.equal(calls[0].options.headers['Content-Type'], 'application/json');
    assert.equal(calls[0].options.headers['X-Atlassian-Token'], 'no-check');
    assert.deepEqual(JSON.parse(calls[0].options.body), { NEED: { answer: 'PARTIAL' } });
    assert.equal(calls[1].options.headers['X-Atlassian-Token'], 'no-check', 'a POST without a body passes the XSRF check too');
    assert.equal(calls[1].options.headers['Content-Type'], undefined);
});

test('a 4xx with the server\'s errors rejects with its status and those errors, field by field', async () => {
    const errors = [{ field: 'NEED.answer', message: 'Not an answer' }, { field: null, message: 'Also wrong' }];
    const { rest } = client(() => answer(400, { errors }));
    const error = await failureOf(rest.put('/deals/ACME-1/bant', {}));
    assert.deepEqual(JSON.parse(JSON.stringify(error)), { status: 400, errors });
});

test('an answer that is not JSON rejects with its status and one message naming it', async () => {
    const { rest } = client(() => answer(502, '<html><body>Bad gateway</body></html>'));
    const error = await failureOf(rest.get('/health'));
    assert.equal(error.status, 502);
    assert.deepEqual(JSON.parse(JSON.stringify(error.errors)), [{ field: null, message: 'The request failed (HTTP 502).' }]);
});

test('an error answer without errors in it gets the same one message', async () => {
    const { rest } = client(() => answer(404, { message: 'elsewhere' }));
    const error = await failureOf(rest.get('/deals/NOPE-1'));
    assert.equal(error.status, 404);
    assert.equal(error.errors[0].message, 'The request failed (HTTP 404).');
});

test('a network failure rejects with status 0 and the one network message', async () => {
    const { rest } = client(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failureOf(rest.get('/health'));
    assert.equal(error.status, 0);
    assert.deepEqual(JSON.parse(JSON.stringify(error.errors)),
        [{ field: null, message: 'Jira could not be reached. Check your connection and reload the page.' }]);
});

test('messagesOf reads the error shape, and a script error caught on the way gives its own message', () => {
    const { rest } = client(() => answer(200, {}));
    assert.deepEqual([...rest.messagesOf({ status: 409, errors: [{ field: null, message: 'Stale' }] })], ['Stale']);
    assert.deepEqual([...rest.messagesOf(new Error('boom'))], ['boom']);
});
