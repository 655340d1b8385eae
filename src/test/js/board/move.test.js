'use strict';
/* Moving a deal from the board: which of Jira's calls are made, in what order, and what a refusal brings back. */
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, answer, recordingFetch } = require('../support/amd');
const { scriptsOf } = require('../support/descriptor');

const ISSUE = '/jira/rest/api/2/issue/ACME-7';
const LOST_FIELD = { fieldId: 'customfield_10101', name: 'Lost reason', allowedValues: [{ id: '10200', value: 'Price' }] };
const PRICE = { id: '10200', value: 'Price' };

function transitionsAnswer(lostFields) {
    return answer(200, { transitions: [
        { id: '21', name: 'Negotiation', to: { id: '10004', name: 'Negotiation' }, fields: {} },
        { id: '31', name: 'Closed Lost', to: { id: '10008', name: 'Closed Lost' }, fields: lostFields }
    ] });
}

function mover(respond) {
    const recorder = recordingFetch(respond);
    const scripts = load(scriptsOf('board-page'), { fetch: recorder.fetch });
    return { move: scripts.require('sales-pipeline/board/move'), calls: recorder.calls };
}

function summary(calls) {
    return calls.map((call) => (call.options.method || 'GET') + ' ' + call.url.replace(ISSUE, '')
        + (call.options.body ? ' ' + call.options.body : ''));
}

const NEGOTIATION = { name: 'Negotiation', statuses: ['10004'], reasonField: null };
const LOST = { name: 'Lost', statuses: ['10008'], reasonField: 'Lost reason' };
const noReason = () => Promise.reject(new Error('no reason was to be asked'));

test('a move into a stage makes the transition that leads to one of its statuses, with no fields', async () => {
    const { move, calls } = mover((url, options) => options.method === 'POST' ? answer(204) : transitionsAnswer({}));
    await move.move('ACME-7', NEGOTIATION, noReason);
    assert.deepEqual(summary(calls), ['GET /transitions?expand=transitions.fields',
        'POST /transitions {"transition":{"id":"21"}}']);
    assert.equal(calls[1].options.headers['X-Atlassian-Token'], 'no-check');
});

test('a stage no transition leads to is refused before Jira is asked to move', async () => {
    const { move, calls } = mover(() => transitionsAnswer({}));
    await assert.rejects(move.move('ACME-7', { name: 'Closing', statuses: ['10005'], reasonField: null }, noReason),
        (error) => {
            assert.deepEqual(JSON.parse(JSON.stringify(error.messages)), ['No transition of this deal\u2019s workflow leads to Closing.']);
            return true;
        });
    assert.equal(calls.length, 1);
});

test('Lost with the reason field on the transition screen sends the chosen reason with the transition', async () => {
    const { move, calls } = mover((url, options) => options.method === 'POST' ? answer(204)
        : transitionsAnswer({ customfield_10101: LOST_FIELD }));
    const asked = [];
    await move.move('ACME-7', LOST, (options) => { asked.push(options); return Promise.resolve(PRICE); });
    assert.deepEqual(JSON.parse(JSON.stringify(asked)), [LOST_FIELD.allowedValues]);
    assert.deepEqual(summary(calls), ['GET /transitions?expand=transitions.fields',
        'POST /transitions {"transition":{"id":"31"},"fields":{"customfield_10101":{"id":"10200"}}}']);
});

test('Lost without the field on the screen sets the reason by an edit first, then makes the transition', async () => {
    const { move, calls } = mover((url, options) => {
        if (url.endsWith('/editmeta')) {
            return answer(200, { fields: { customfield_10101: LOST_FIELD } });
        }
        if (url.includes('?fields=')) {
            return answer(200, { fields: { customfield_10101: null } });
        }
        return url.endsWith('/transitions?expand=transitions.fields') ? transitionsAnswer({}) : answer(204);
    });
    await move.move('ACME-7', LOST, () => Promise.resolve(PRICE));
    assert.deepEqual(summary(calls), ['GET /transitions?expand=transitions.fields', 'GET /editmeta',
        'GET ?fields=customfield_10101', 'PUT  {"fields":{"customfield_10101":{"id":"10200"}}}',
        'POST /transitions {"transition":{"id":"31"}}']);
});

test('when Jira refuses the transition after the edit, the old reason is put back and Jira\'s messages come back', async () => {
    const { move, calls } = mover((url, options) => {
        if (url.endsWith('/editmeta')) {
            return answer(200, { fields: { customfield_10101: LOST_FIELD } });
        }
        if (url.includes('?fields=')) {
            return answer(200, { fields: { customfield_10101: { id: '10203', value: 'Timing' } } });
        }
        if (options.method === 'POST') {
            return answer(400, { errorMessages: ['The deal needs an amount to be lost.'], errors: { amount: 'Required' } });
        }
        return url.endsWith('/transitions?expand=transitions.fields') ? transitionsAnswer({}) : answer(204);
    });
    await assert.rejects(move.move('ACME-7', LOST, () => Promise.resolve(PRICE)), (error) => {
        assert.deepEqual(JSON.parse(JSON.stringify(error.messages)), ['The deal needs an amount to be lost.', 'Required']);
        return true;
    });
    assert.deepEqual(summary(calls).slice(3), ['PUT  {"fields":{"customfield_10101":{"id":"10200"}}}',
        'POST /transitions {"transition":{"id":"31"}}', 'PUT  {"fields":{"customfield_10101":{"id":"10203"}}}']);
});

test('cancelling the reason makes no call to Jira beyond reading the transitions', async () => {
    const { move, calls } = mover(() => transitionsAnswer({ customfield_10101: LOST_FIELD }));
    await assert.rejects(move.move('ACME-7', LOST, () => Promise.reject({ cancelled: true })),
        (error) => error.cancelled === true);
    assert.equal(calls.length, 1);
});
