'use strict';
/* The deal panel renders what the server answers for a deal, and puts each message beside the control it concerns. */
const test = require('node:test');
const assert = require('node:assert/strict');
const { fixture, panelFor, textOf, settle, answer } = require('./support');

test('the top of the panel shows owner, expected close date and how often it was pushed out, amount, weighted value, probability and days in stage', async () => {
    const { container } = await panelFor(fixture('negotiation-deal'));
    const facts = {};
    container.querySelectorAll('.sp-fact').forEach((fact) => { facts[fact.getAttribute('data-fact')] = textOf(fact.querySelector('dd')); });
    assert.deepEqual(facts, { owner: 'Jane Smith', close: 'Mar 31, 2026', pushes: '3 times later', amount: '$48,000',
        weighted: '$33,600', probability: '70 %', days: '3' });
    assert.equal(container.querySelector('.sp-days').getAttribute('title'), 'In this stage since Mar 7, 2026, 11:00 AM');
    assert.equal(container.querySelector('.sp-facts'), container.querySelector('.sp-panel').children[2],
        'the facts come right after the pipeline name and the stage path');
});

test('each move says whether the deal may go there now, and a refused one lists what is missing in the server\'s words', async () => {
    const { container } = await panelFor(fixture('negotiation-deal'));
    const allowed = container.querySelectorAll('.sp-move-allowed');
    assert.deepEqual(allowed.map((move) => textOf(move)), ['Closing', 'Proposal']);
    assert.deepEqual(allowed.map((move) => move.getAttribute('data-action')), ['11', '12']);
    const refused = container.querySelectorAll('.sp-move-blocked');
    assert.deepEqual(refused.map((move) => move.getAttribute('data-stage')), ['WON', 'LOST']);
    assert.equal(textOf(refused[0].querySelector('summary')), 'Closed Won \u2014 2 missing');
    assert.deepEqual(refused[0].querySelectorAll('.sp-blockers li').map(textOf), [
        'Negotiation checklist: "Legal review is done" is not ticked',
        'Closing checklist: "The contract is signed" is not ticked']);
    assert.equal(refused[1].querySelector('li').getAttribute('data-check'), 'lost');
    assert.equal(container.querySelectorAll('button, form[action]').filter((node) => /move/i.test(node.textContent)).length, 0,
        'the panel shows moves and makes none');
});

test('a deal with no move open says so', async () => {
    const deal = fixture('negotiation-deal');
    deal.moves = [];
    const { container } = await panelFor(deal);
    assert.equal(textOf(container.querySelector('.sp-moves-none')), 'No workflow move is open to this deal now.');
});

test('where Jira cannot list the moves, the panel says why the server gave', async () => {
    const deal = fixture('negotiation-deal');
    Object.assign(deal, { moves: [], movesUnavailable: 'This Jira does not offer the workflow actions of an issue to apps' });
    const { container } = await panelFor(deal);
    assert.equal(textOf(container.querySelector('.sp-moves-unavailable')), 'This Jira does not offer the workflow actions of an issue to apps');
    assert.equal(container.querySelector('.sp-moves-none'), null);
});

test('checklists of stages not reached that block a win are shown under "Needed to win", tickable like the others', async () => {
    const deal = fixture('negotiation-deal');
    const { container, calls } = await panelFor(deal);
    const headings = container.querySelectorAll('.sp-checklists h3').map(textOf);
    assert.deepEqual(headings, ['Checklists', 'Needed to win']);
    const needed = container.querySelectorAll('.sp-checklist-needed');
    assert.deepEqual(needed.map((box) => box.getAttribute('data-stage')), ['CLOSING']);
    assert.equal(container.querySelector('.sp-checklist-current').open, true, 'the current stage\'s checklist is open');
    assert.equal(needed[0].open, false, 'a checklist needed to win is one line until opened');
    const box = needed[0].querySelector('[data-item=contract-signed] input');
    assert.equal(box.disabled, false);
    box.checked = true;
    box.dispatchEvent({ type: 'change' });
    await settle();
    const tick = calls[calls.length - 1];
    assert.equal(tick.options.method, 'PUT');
    assert.equal(tick.url, '/jira/rest/sales-pipeline/1.0/deals/ACME-77/checklist/contract-signed');
    assert.deepEqual(JSON.parse(tick.options.body), { stage: 'CLOSING', ticked: true, version: 0 });
});

test('a closed deal shows its outcome, when, why, days from creation, amount and how the metrics count it, all read only', async () => {
    const { container } = await panelFor(fixture('reopened-lost-deal'));
    const outcome = container.querySelector('.sp-outcome');
    assert.match(textOf(outcome), /^Lost .+ ago \u2014 reason: Price \u2014 41\.5 days after it was created \u2014 amount \$6,102$/);
    assert.equal(outcome.querySelector('time').getAttribute('title'), 'Mar 7, 2026, 11:00 AM');
    assert.equal(outcome.querySelector('time').getAttribute('datetime'), '2026-03-07T11:00:00Z');
    assert.equal(textOf(container.querySelector('.sp-counted')), 'The metrics count this deal as Won, the best outcome it reached.');
    assert.equal(container.querySelector('[data-fact=days]'), null, 'no days-in-stage counter on a closed deal');
    assert.equal(container.querySelector('.sp-rot'), null);
    assert.equal(container.querySelector('.sp-guidance'), null);
    assert.deepEqual([...container.querySelectorAll('select, textarea, .sp-bant-save')]
        .filter((control) => !/sp-language-choice/.test(control.getAttribute('class'))), [], 'BANT reads only');
    assert.equal(container.querySelector('.sp-bant').tagName, 'DETAILS');
    assert.equal(container.querySelector('.sp-bant').open, false, 'BANT is collapsed');
    assert.deepEqual(container.querySelectorAll('.sp-checklist').map((box) => box.open), [false], 'checklists are collapsed');
    assert.deepEqual(container.querySelectorAll('.sp-item input').map((box) => box.disabled), [true]);
});

test('a deal without counting difference shows no counted-as line', async () => {
    const deal = fixture('reopened-lost-deal');
    deal.closed.countedAs = null;
    const { container } = await panelFor(deal);
    assert.equal(container.querySelector('.sp-counted'), null);
});

test('fields a server does not send leave their sections out, and the panel still renders', async () => {
    const deal = fixture('negotiation-deal');
    ['ownerName', 'expectedClose', 'enteredAt', 'editable', 'moves'].forEach((name) => { delete deal[name]; });
    ['gateStage', 'gateStageName', 'applies'].forEach((name) => { delete deal.bant[name]; });
    deal.checklists.forEach((checklist) => { delete checklist.neededToWin; });
    const { container } = await panelFor(deal);
    assert.equal(container.getAttribute('data-loaded'), 'true');
    assert.equal(container.querySelector('.sp-moves'), null);
    assert.equal(container.querySelector('[data-fact=close]'), null);
    assert.equal(textOf(container.querySelector('[data-fact=owner] dd')), 'jsmith');
    assert.equal(container.querySelector('.sp-days').hasAttribute('title'), false);
    assert.deepEqual(container.querySelectorAll('.sp-checklists h3').map(textOf), ['Checklists']);
    assert.ok(container.querySelector('.sp-bant-save'), 'canEdit decides without editable');
    assert.equal(textOf(container.querySelector('.sp-bant-score')), 'Score 2.5 of 4 \u2014 3 needed to leave qualification');
});

test('guidance keeps the admin\'s line breaks as text', async () => {
    const { container } = await panelFor(fixture('negotiation-deal'));
    assert.equal(container.querySelector('.sp-advice').textContent,
        'Answer every objection in writing.\nAgree the price with procurement.');
});
