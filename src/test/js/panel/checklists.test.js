'use strict';
/* Ticks: a refusal is shown beside its item; a stale tick reloads the deal and says so on its checklist. */
const test = require('node:test');
const assert = require('node:assert/strict');
const { fixture, panelFor, textOf, settle, answer } = require('./support');

function tick(container, stage, item) {
    const box = container.querySelector('[data-stage=' + stage + '] [data-item=' + item + '] input');
    box.checked = !box.checked;
    box.dispatchEvent({ type: 'change' });
    return settle();
}

test('who ticked an item and how long ago, with the exact time on hover', async () => {
    const { container } = await panelFor(fixture('negotiation-deal'));
    const by = container.querySelector('[data-item=pricing-agreed] .sp-item-by');
    assert.match(textOf(by), /^Ticked by jsmith, .+ ago$/);
    assert.equal(by.getAttribute('title'), 'Mar 9, 2026, 12:00 PM');
});

test('a refused tick is undone and its error shown beside that item', async () => {
    const { container } = await panelFor(fixture('negotiation-deal'),
        () => answer(403, { errors: [{ field: null, message: 'You may not edit this deal' }] }));
    await tick(container, 'NEGOTIATION', 'legal-review');
    const row = container.querySelector('[data-item=legal-review]');
    assert.equal(textOf(row.querySelector('.sp-item-error')), 'You may not edit this deal');
    assert.equal(row.querySelector('input').checked, false);
    assert.equal(row.querySelector('input').disabled, false);
    assert.equal(textOf(container.querySelector('[data-item=pricing-agreed] .sp-item-error')), '');
});

test('a stale tick reloads the deal and shows the warning on that checklist', async () => {
    const { container, calls } = await panelFor(fixture('negotiation-deal'),
        () => answer(409, { errors: [{ field: 'version', message: 'The checklist was changed by someone else' }] }));
    await tick(container, 'CLOSING', 'contract-signed');
    await settle();
    assert.equal(calls.filter((call) => call.options.method === 'GET').length, 2, 'the deal is read again');
    const warning = container.querySelector('.aui-message-warning');
    assert.equal(textOf(warning), 'The checklist was changed by someone else');
    assert.equal(warning.closest('.sp-checklist').getAttribute('data-stage'), 'CLOSING');
    assert.equal(warning.closest('.sp-checklist').open, true);
});

test('a deal that cannot be read shows the server\'s message in place of the panel', async () => {
    const deal = fixture('negotiation-deal');
    const { load, recordingFetch } = require('../support/amd');
    const { scriptsOf } = require('../support/descriptor');
    const page = load(scriptsOf('deal-panel-resources'), {
        fetch: recordingFetch(() => answer(404, { errors: [{ field: null, message: 'No deal ACME-77' }] })).fetch });
    const container = page.document.createElement('div');
    container.setAttribute('data-issue-key', deal.key);
    await page.require('sales-pipeline/panel/panel').load(container);
    assert.equal(container.getAttribute('data-loaded'), 'error');
    assert.equal(textOf(container), 'No deal ACME-77');
});
