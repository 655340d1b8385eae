'use strict';
/* The gadgets render through the shared REST client and DOM helper: names from the server stay text, failures read alike. */
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, answer, recordingFetch, settle } = require('../support/amd');
const { scriptsOf } = require('../support/descriptor');

const PIPELINES = { pipelines: [{ project: 'ACME', name: 'ACME <sales>', currency: 'USD', stages: [{ key: 'PROPOSAL', name: 'Proposal' }] }] };

function gadget(name, respond) {
    const recorder = recordingFetch((url) => (url.endsWith('/pipelines') ? answer(200, PIPELINES) : respond(url)));
    const page = load(scriptsOf('dashboard-gadgets'), { fetch: recorder.fetch });
    const Gadget = page.require('sales-pipeline/dashboard/' + name);
    const element = page.document.createElement('div');
    return { instance: new Gadget({ savePreferences() {} }), element, calls: recorder.calls };
}

test('stalled deals link to their issues and show their summaries as text', async () => {
    const { instance, element, calls } = gadget('stalled', () => answer(200, { deals: [
        { key: 'ACME-9', summary: '<img src=x onerror=alert(1)>', stage: 'PROPOSAL', daysInStage: 30, rotDays: 21, daysOverdue: 9, amount: 5 }] }));
    await instance.render(element, { project: 'ACME', days: 30 });
    const row = element.querySelector('tr[data-key=ACME-9]');
    assert.equal(row.querySelector('a').getAttribute('href'), '/jira/browse/ACME-9');
    assert.equal(row.textContent.includes('<img src=x onerror=alert(1)>'), true);
    assert.equal(element.querySelectorAll('img').length, 0);
    assert.equal(row.querySelector('.sp-stage').textContent, 'Proposal');
    assert.match(calls[1].url, /^\/jira\/rest\/sales-pipeline\/1\.0\/pipelines\/ACME\/stalled\?at=.+&limit=10$/);
});

test('the forecast names months and due dates in the user\'s locale', async () => {
    const { instance, element } = gadget('forecast', () => answer(200, { months: [{ month: '2026-12', deals: 2, value: 10, weightedValue: 5 }],
        slipped: [{ key: 'ACME-3', summary: 'Late', closeDate: '2026-02-28', amount: 1, stage: 'PROPOSAL' }] }));
    await instance.render(element, { project: 'ACME', days: 90 });
    assert.equal(element.querySelector('tr[data-month="2026-12"] th').textContent, 'Dec 2026');
    assert.match(element.querySelector('.sp-slipped .sp-overdue').textContent, /Feb 28, 2026/);
});

test('a failed metric shows the server\'s message in the gadget', async () => {
    const { instance, element } = gadget('funnel', () => answer(400, { errors: [{ field: 'from', message: 'from must be before to' }] }));
    await instance.render(element, { project: 'ACME', days: 30 });
    assert.equal(element.querySelector('.sp-error').textContent, 'The figures could not be loaded: from must be before to');
});

const OWNERS = [{ key: 'JIRAUSER10100', name: 'Dana <Levi>', known: true }, { key: 'JIRAUSER10118', name: 'JIRAUSER10118', known: false }];

test('the settings form offers the pipelines by name as text, the saved one chosen', async () => {
    const { instance, element, calls } = gadget('pipeline', (url) => answer(200,
        url.includes('/owners') ? { owners: OWNERS, selected: OWNERS[0] } : {}));
    await instance.renderEdit(element, { project: 'ACME', days: 180, owner: 'rep' });
    await settle();
    await settle();
    const project = element.querySelector('select[name=project]');
    assert.equal(project.value, 'ACME');
    assert.equal(project.querySelector('option').textContent, 'ACME <sales> (ACME)');
    assert.equal(element.querySelector('select[name=days]').value, '180');
    const owner = element.querySelector('select[name=owner]');
    assert.deepEqual(owner.querySelectorAll('option').map((option) => option.textContent),
        ['Everyone', 'Dana <Levi>', 'JIRAUSER10118 (no longer in Jira)'], 'the deal owners by display name, as text');
    assert.equal(owner.value, 'JIRAUSER10100', 'a user name saved before keys selects its user');
    assert.ok(calls.some((call) => call.url.endsWith('/pipelines/ACME/owners?owner=rep')));
});

test('a saved owner the server no longer knows leaves the picker on Everyone', async () => {
    const { instance, element } = gadget('pipeline', (url) => (url.includes('owner=gone')
        ? answer(400, { errors: [{ field: 'owner', message: 'no such owner' }] }) : answer(200, { owners: OWNERS, selected: null })));
    await instance.renderEdit(element, { project: 'ACME', days: 90, owner: 'gone' });
    await settle();
    await settle();
    await settle();
    const owner = element.querySelector('select[name=owner]');
    assert.equal(owner.value, '');
    assert.equal(owner.querySelectorAll('option').length, 3);
});
