'use strict';
/* The pipeline changes gadget: its waterfall adds up from Opening to Closing, and the gadget asks the server for its periods. */
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, answer, recordingFetch, settle } = require('../support/amd');
const { scriptsOf } = require('../support/descriptor');

const FLOW = {
    opening: { deals: 10, value: 1000 }, closing: { deals: 9, value: 1030 },
    movements: [
        { kind: 'created', deals: 3, value: 300 }, { kind: 'pulledIn', deals: 1, value: 50 },
        { kind: 'reopened', deals: 0, value: 0 }, { kind: 'won', deals: 2, value: 200 },
        { kind: 'lost', deals: 1, value: 100 }, { kind: 'disqualified', deals: 1, value: 20 },
        { kind: 'pushedOut', deals: 1, value: 30 }, { kind: 'kept', deals: 5, value: 650 }],
    increased: 60, decreased: 30, dealsWithoutAmount: 1
};

/** A value made in the scripts' context, as one of this context (deepEqual compares prototypes). */
const plain = (value) => JSON.parse(JSON.stringify(value));

function waterfall() {
    return load(scriptsOf('flow-gadget')).require('sales-pipeline/dashboard/waterfall');
}

test('the bars walk from Opening through every movement and the amount changes to Closing', () => {
    const bars = waterfall().bars(FLOW);
    assert.deepEqual(plain(bars.map((bar) => bar.kind)), ['opening', 'created', 'pulledIn', 'reopened', 'won', 'lost',
        'disqualified', 'pushedOut', 'increased', 'decreased', 'closing']);
    for (let i = 2; i < bars.length - 1; i++) {
        assert.equal(bars[i].start, bars[i - 1].end, bars[i].kind + ' starts where the bar before it ends');
    }
    assert.deepEqual(plain([bars[1].start, bars[1].end]), [1000, 1300]);
    assert.deepEqual(plain([bars[4].start, bars[4].end]), [1350, 1150]);
    assert.equal(bars[8].deals, null, 'an amount change has no deal count of its own');
    assert.equal(bars[10].walked, 1030, 'the walk ends on Closing');
    assert.equal(bars[10].value, 1030);
});

test('the identity holds for an answer that adds up and fails for one that does not', () => {
    const w = waterfall();
    assert.equal(w.identity(FLOW), true);
    assert.deepEqual(plain(w.sums(FLOW)), { opening: 1000, left: 350, entered: 350, increased: 60, decreased: 30, closing: 1030,
        openingDeals: 10, leftDeals: 5, enteredDeals: 4, closingDeals: 9 });
    assert.equal(w.identity(Object.assign({}, FLOW, { closing: { deals: 9, value: 1031 } })), false);
    assert.equal(w.identity(Object.assign({}, FLOW, { closing: { deals: 8, value: 1030 } })), false);
    assert.equal(w.identity(Object.assign({}, FLOW, { movements: FLOW.movements.filter((m) => m.kind !== 'lost') })), false,
        'a movement left out breaks it');
});

test('a bar spans its share of the largest running total; nothing is drawn for no value', () => {
    const w = waterfall();
    const bars = w.bars(FLOW);
    const top = w.scale(bars);
    assert.equal(top, 1350);
    assert.deepEqual(plain(w.span(bars[0], top)), { offset: 0, width: 74.1 });
    assert.deepEqual(plain(w.span(bars[4], top)), { offset: 85.2, width: 14.8 });
    assert.equal(w.span(bars[3], top).width, 0);
    const empty = { opening: { deals: 0, value: 0 }, closing: { deals: 0, value: 0 }, movements: [], increased: 0, decreased: 0 };
    assert.equal(w.scale(w.bars(empty)), 1, 'an empty flow still has a scale');
    assert.equal(w.identity(empty), true);
});

const PIPELINES = { pipelines: [{ project: 'ACME', name: 'Acme', currency: 'USD', stages: [{ key: 'PROPOSAL', name: 'Proposal' }] }] };
const PERIODS = { project: 'ACME', timeZone: 'Asia/Jerusalem', fiscalYearStart: 4, at: '2026-05-20T10:00:00Z',
    periods: [
        { key: 'thisWeek', from: '2026-05-17T21:00:00Z', to: '2026-05-24T21:00:00Z', firstDay: '2026-05-18', lastDay: '2026-05-24', label: 'Week of 2026-05-18' },
        { key: 'thisQuarter', from: '2026-03-31T21:00:00Z', to: '2026-06-30T21:00:00Z', firstDay: '2026-04-01', lastDay: '2026-06-30', label: 'Q1 FY2027' }],
    closeWindows: [{ key: 'closingThisQuarter', closeFrom: '2026-04-01', closeTo: '2026-07-01', lastDay: '2026-06-30', label: 'Closing in Q1 FY2027' }] };

function gadget(respond) {
    const recorder = recordingFetch((url) => (url.endsWith('/pipelines') ? answer(200, PIPELINES) : respond(url)));
    const page = load(scriptsOf('flow-gadget'), { fetch: recorder.fetch });
    const Gadget = page.require('sales-pipeline/dashboard/flow');
    return { instance: new Gadget({ savePreferences() {} }), element: page.document.createElement('div'), calls: recorder.calls };
}

test('the gadget reads its period and close window from the server and asks for the flow of exactly those', async () => {
    const { instance, element, calls } = gadget((url) => answer(200, url.includes('/periods') ? PERIODS
        : url.includes('/flow/deals') ? { deals: [{ key: 'ACME-7', summary: 'Big <deal>', owner: 'dana', kind: 'won',
            amountBefore: 200, amountAfter: 200, closeDateBefore: '2026-06-01', closeDateAfter: null,
            stageBefore: 'PROPOSAL', outcomeBefore: null, stageAfter: null, outcomeAfter: 'WON' }] } : FLOW));
    await instance.render(element, { project: 'ACME', period: 'thisQuarter', window: 'closingThisQuarter' });
    const flowCall = calls.find((call) => /\/flow\?/.test(call.url));
    assert.match(flowCall.url, /from=2026-03-31T21%3A00%3A00Z&to=2026-06-30T21%3A00%3A00Z&closeFrom=2026-04-01&closeTo=2026-07-01$/);
    assert.equal(element.querySelectorAll('.sp-flow-bar').length, 11);
    assert.equal(element.querySelector('.sp-flow-chart').getAttribute('data-identity'), 'holds');
    assert.equal(element.querySelector('.sp-flow-bar[data-kind=won]').getAttribute('data-deals'), '2');
    assert.match(element.querySelector('.sp-context-period').textContent, /^Q1 FY2027, .*Closing in Q1 FY2027/);
    assert.match(element.querySelector('.sp-flow-without-amount').textContent, /1 deal here has no amount/);
    element.querySelector('.sp-flow-bar[data-kind=won]').dispatchEvent({ type: 'click' });
    await settle();
    const list = element.querySelector('.sp-flow-list');
    assert.equal(list.getAttribute('data-kind'), 'won');
    assert.match(calls[calls.length - 1].url, /\/flow\/deals\?kind=won&from=.*&closeTo=2026-07-01&start=0&limit=20$/);
    assert.equal(list.querySelector('tr[data-key=ACME-7] .sp-summary').textContent, 'Big <deal>');
});

test('chosen days without both days say so, and never compute a period in the browser', async () => {
    const { instance, element, calls } = gadget(() => answer(200, FLOW));
    await instance.render(element, { project: 'ACME', period: 'custom', firstDay: '2026-05-01' });
    assert.match(element.querySelector('.sp-error').textContent, /Choose the first and the last day/);
    assert.equal(calls.some((call) => call.url.includes('/flow')), false);
});
