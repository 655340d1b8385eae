'use strict';
/* The BANT section shows the score and what the gate needs as the server answers them, never worked out in the browser. */
const test = require('node:test');
const assert = require('node:assert/strict');
const { fixture, panelFor, textOf, settle, answer } = require('./support');

function select(container, criterion, value) {
    const control = container.querySelector('select[name="' + criterion + '.answer"]');
    control.value = value;
    control.dispatchEvent({ type: 'change' });
}

function submit(container) {
    container.querySelector('form.sp-bant').dispatchEvent({ type: 'submit' });
    return settle();
}

test('choosing answers changes no score: the score and what is missing come from the server\'s answer to Save', async () => {
    const deal = fixture('negotiation-deal');
    deal.bant.applies = true;
    const saved = fixture('negotiation-deal');
    Object.assign(saved.bant, { applies: true, score: 1, missing: ['BANT score 1 is below the required 3', 'Budget must be confirmed'] });
    const { container, calls } = await panelFor(deal, () => answer(200, saved));
    assert.equal(textOf(container.querySelector('.sp-bant-score')), 'Score 2.5 of 4 \u2014 3 needed to leave Qualification');
    assert.equal(textOf(container.querySelector('.sp-bant-needs')), 'Ready to leave Qualification.');

    select(container, 'BUDGET', 'UNKNOWN');
    select(container, 'AUTHORITY', 'UNKNOWN');
    assert.equal(textOf(container.querySelector('.sp-bant-score')), 'Score 2.5 of 4 \u2014 3 needed to leave Qualification',
        'the score stays the server\'s until saved');

    await submit(container);
    const put = calls[calls.length - 1];
    assert.equal(put.url, '/jira/rest/sales-pipeline/1.0/deals/ACME-77/bant');
    assert.deepEqual(JSON.parse(put.options.body).BUDGET, { answer: 'UNKNOWN', note: 'Approved in the Q3 plan\nby the CFO' });
    assert.equal(textOf(container.querySelector('.sp-bant-score')), 'Score 1 of 4 \u2014 3 needed to leave Qualification');
    assert.deepEqual(container.querySelectorAll('.sp-bant-needs li').map(textOf),
        ['BANT score 1 is below the required 3', 'Budget must be confirmed']);
});

test('"BANT answers saved." appears beside the Save button', async () => {
    const { container } = await panelFor(fixture('negotiation-deal'));
    await submit(container);
    const actions = container.querySelector('.sp-bant-actions');
    assert.ok(actions.querySelector('.sp-bant-save'));
    assert.equal(textOf(actions.querySelector('.sp-bant-status')), 'BANT answers saved.');
    assert.equal(container.querySelectorAll('.aui-message').length, 0, 'no message box elsewhere in the panel');
});

test('a refused field shows its error beside its criterion, other errors beside the Save button', async () => {
    const { container } = await panelFor(fixture('negotiation-deal'), () => answer(400, { errors: [
        { field: 'TIMELINE.note', message: 'A note has at most 2,000 characters' },
        { field: null, message: 'Jira has no Budget field' }] }));
    await submit(container);
    const timeline = container.querySelector('[data-criterion=TIMELINE] .sp-field-error');
    assert.equal(textOf(timeline), 'A note has at most 2,000 characters');
    assert.equal(textOf(container.querySelector('[data-criterion=NEED] .sp-field-error')), '');
    assert.equal(textOf(container.querySelector('.sp-bant-actions .sp-bant-status')), 'Jira has no Budget field');
    assert.equal(container.querySelector('.sp-bant-save').disabled, false);
});

test('notes are one line until opened, showing their first line', async () => {
    const { container } = await panelFor(fixture('negotiation-deal'));
    const notes = container.querySelectorAll('.sp-note');
    assert.equal(notes.length, 4);
    assert.deepEqual(notes.map((note) => note.open), [false, false, false, false]);
    assert.equal(textOf(notes[0].querySelector('summary')), 'Approved in the Q3 plan');
    assert.equal(notes[0].querySelector('textarea').value, 'Approved in the Q3 plan\nby the CFO');
});

test('a pipeline without a gate says so and lists nothing to do', async () => {
    const deal = fixture('negotiation-deal');
    Object.assign(deal.bant, { gateStage: null, gateStageName: null, applies: false });
    const { container } = await panelFor(deal);
    assert.equal(textOf(container.querySelector('.sp-bant-score')), 'Score 2.5 of 4 \u2014 this pipeline has no qualification gate');
    assert.equal(container.querySelector('.sp-bant-needs'), null);
});

test('a deal past the gate is told the gate no longer applies, not that it is ready', async () => {
    const { container } = await panelFor(fixture('negotiation-deal'));
    assert.equal(textOf(container.querySelector('.sp-bant-needs')), 'The qualification gate no longer applies to this deal.');
});
