'use strict';
/* A change the server wants confirmed (409) is asked about in a dialog, and sent again only with the admin's answer. */
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('../support/amd');
const { scriptsOf } = require('../support/descriptor');

const REMOVAL = { status: 409, confirmWith: ['confirm', 'removedStages'],
    errors: [{ field: 'mapping[2]', message: 'Status Signing is not in Jira\'s Done category but would count as WON.' },
        { field: 'removedStages.PROPOSAL', message: 'Stage Proposal holds 7 open deals and 1 logged stay; say where they go.' }],
    removedStages: [{ key: 'PROPOSAL', name: 'Proposal', openDeals: 7, stays: 1, statuses: ['10012'] }] };

function page() {
    const scripts = load(scriptsOf('admin-pages'));
    return { confirm: scripts.require('sales-pipeline/admin/confirm'), document: scripts.document };
}

/** The value as plain data of this realm (the scripts run in a context of their own). */
function plain(value) {
    return JSON.parse(JSON.stringify(value));
}

function click(node) {
    node.dispatchEvent({ type: 'click' });
}

test('a removed stage is shown with its open deals, stays and statuses by name, and asks where its statuses go', async () => {
    const { confirm, document } = page();
    const sent = [];
    const saved = confirm.sendConfirmed((body) => {
        sent.push(body);
        return sent.length === 1 ? Promise.reject(REMOVAL) : Promise.resolve({ saved: true });
    }, { name: 'Acme sales' }, { title: 'Confirm', intro: 'Saving this changes how deals are counted.', ok: 'Save',
        stageChoices: [{ value: 'NEGOTIATION', label: 'Negotiation' }], statusNames: { 10012: 'Proposal' } });
    await new Promise((resolve) => setTimeout(resolve, 0));

    const dialog = document.body.querySelector('.sp-confirm');
    const lines = dialog.querySelectorAll('.sp-confirm-line');
    assert.equal(lines.length, 2);
    assert.match(lines[0].textContent, /Signing/);
    assert.equal(lines[1].querySelector('p').textContent,
        'Stage Proposal holds 7 open deals and 1 logged stay; removing it derives them again. '
        + 'Its statuses without a place yet: Proposal.');
    const select = lines[1].querySelector('select');
    assert.deepEqual(plain(select.querySelectorAll('option').map((option) => option.value)), ['', 'NEGOTIATION']);
    select.value = 'NEGOTIATION';
    click(dialog.querySelector('.sp-confirm-ok'));

    assert.deepEqual(plain(await saved), { saved: true });
    assert.deepEqual(plain(sent[1]), { name: 'Acme sales', confirm: true, removedStages: { PROPOSAL: { mapTo: 'NEGOTIATION' } } });
    assert.equal(document.body.querySelector('.sp-confirm'), null, 'the dialog is gone');
});

test('Cancel sends nothing more and resolves with null; unmapped is sent as null', async () => {
    const { confirm, document } = page();
    let calls = 0;
    const cancelled = confirm.sendConfirmed(() => { calls += 1; return Promise.reject(REMOVAL); }, {}, { title: 'T', intro: 'I', ok: 'Save' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    click(document.body.querySelector('.sp-confirm-cancel'));
    assert.equal(await cancelled, null);
    assert.equal(calls, 1);

    const unmapped = confirm.answer(REMOVAL, { title: 'T', intro: 'I', ok: 'Save', stageChoices: [] });
    click(document.body.querySelector('.sp-confirm-ok'));
    assert.deepEqual(plain(await unmapped), { confirm: true, removedStages: { PROPOSAL: { mapTo: null } } });
});

test('a re-provision that would change the set-up is sent again with replace: true; any other failure is not asked about', async () => {
    const { confirm, document } = page();
    const replaced = confirm.answer({ status: 409, confirmWith: ['replace'], errors: [{ field: null, message: 'Stage Needs Assessment is removed.' }] },
        { title: 'Replace?', intro: 'I', ok: 'Replace the set-up' });
    assert.match(document.body.querySelector('.sp-confirm').textContent, /Needs Assessment/);
    click(document.body.querySelector('.sp-confirm-ok'));
    assert.deepEqual(plain(await replaced), { replace: true });

    const refused = { status: 400, errors: [{ field: 'name', message: 'Too long' }] };
    await assert.rejects(confirm.sendConfirmed(() => Promise.reject(refused), {}, {}), (error) => error === refused);
    assert.equal(document.body.querySelector('.sp-confirm'), null);
});
