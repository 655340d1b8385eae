'use strict';
/* What a manager reads at a glance: what each gadget shows, honest names, complete lists, no bar for zero, CSV. */
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, answer, recordingFetch, settle } = require('../support/amd');
const { scriptsOf } = require('../support/descriptor');

const PIPELINES = { pipelines: [{ project: 'ACME', name: 'ACME Sales', currency: 'USD',
    stages: [{ key: 'QUALIFICATION', name: 'Qualification' }, { key: 'PROPOSAL', name: 'Proposal' }] }] };
const NOW = Date.parse('2026-03-31T12:00:00Z');
/** The owners call: a saved owner (here the user name rep, saved before owners were kept by key) resolved to its key and name. */
const DANA = { key: 'JIRAUSER10100', name: 'Dana Levi', known: true };
const OWNERS = { owners: [DANA], selected: DANA };

/** A gadget of the dashboard's web resources on a page whose clock stands at NOW, its calls answered by respond(metric, url). */
function gadget(name, respond, api) {
    const recorder = recordingFetch((url) => {
        if (url.endsWith('/pipelines')) {
            return answer(200, PIPELINES);
        }
        if (url.split('?')[0].endsWith('/owners')) {
            return answer(200, OWNERS);
        }
        return respond(url.split('?')[0].split('/').pop(), url);
    });
    const page = load(scriptsOf('time-in-stage-gadget'), { fetch: recorder.fetch });
    page.window.Date = class extends Date {
        constructor(...args) { super(...(args.length ? args : [NOW])); }
        static now() { return NOW; }
    };
    const Gadget = page.require('sales-pipeline/dashboard/' + name);
    const element = page.document.createElement('div');
    return { instance: new Gadget(Object.assign({ savePreferences() {} }, api)), element, calls: recorder.calls };
}

const FUNNEL = { project: 'ACME', cohort: 13, createdToWon: 3 / 13, stages: [
    { key: 'QUALIFICATION', name: 'Qualification', reached: 13, conversion: 0.5 },
    { key: 'PROPOSAL', name: 'Proposal', reached: 0, conversion: null },
    { key: 'WON', name: 'Won', reached: 3, conversion: null }] };

test('each gadget names its pipeline, its period in the user\'s words and its owner, with settings and CSV beside them', async () => {
    const { instance, element, calls } = gadget('funnel', () => answer(200, FUNNEL));
    await instance.render(element, { project: 'ACME', days: 90, owner: 'rep' });
    assert.equal(element.querySelector('.sp-context-pipeline').textContent, 'ACME Sales');
    assert.equal(element.querySelector('.sp-context-period').textContent, 'Last 90 days, Jan 1\u2009\u2013\u2009Mar 31, 2026');
    assert.equal(element.querySelector('.sp-context-owner').textContent, 'Owner: Dana Levi');
    const csv = element.querySelector('a.sp-csv');
    const funnelCall = calls.map((call) => call.url).find((url) => url.includes('/funnel?'));
    assert.equal(csv.getAttribute('href'), funnelCall + '&format=csv', 'the same call and parameters, as CSV');
    assert.equal(csv.getAttribute('download'), 'ACME-funnel.csv');

    element.querySelector('.sp-open-settings').dispatchEvent({ type: 'click' });
    await settle();
    assert.equal(element.querySelector('select[name=days]').value, '90', 'one click opens the settings');
    element.querySelector('.sp-cancel').dispatchEvent({ type: 'click' });
    await settle();
    await settle();
    assert.ok(element.querySelector('.sp-funnel'), 'cancel goes back to the figures');
});

test('without an owner the line names none; the forecast says the coming days and the pipeline now', async () => {
    const forecast = gadget('forecast', () => answer(200, { months: [{ month: '2026-04', deals: 1, value: 5, weightedValue: 1 }], slipped: [] }));
    await forecast.instance.render(forecast.element, { project: 'ACME', days: 30 });
    assert.equal(forecast.element.querySelector('.sp-context-owner'), null);
    assert.equal(forecast.element.querySelector('.sp-context-period').textContent, 'Next 30 days, Mar 31\u2009\u2013\u2009Apr 29, 2026');
    const pipeline = gadget('pipeline', () => answer(200, { stages: [], totalDeals: 1, totalValue: 0, totalWeightedValue: 0 }));
    await pipeline.instance.render(pipeline.element, { project: 'ACME', days: 30 });
    assert.equal(pipeline.element.querySelector('.sp-context-period').textContent, 'Open deals now, Mar 31, 2026');
});

test('a viewer who may not edit the dashboard gets no settings link', async () => {
    const { instance, element } = gadget('funnel', () => answer(200, FUNNEL), { isEditable: () => false });
    await instance.render(element, { project: 'ACME', days: 90 });
    assert.equal(element.querySelector('.sp-open-settings'), null);
    assert.ok(element.querySelector('a.sp-csv'));
});

test('the funnel\'s overall figure is created \u2192 won as the server gives it, with its definition, and no bar for zero', async () => {
    const { instance, element } = gadget('funnel', () => answer(200, Object.assign({}, FUNNEL, { createdToWon: 0.231 })));
    await instance.render(element, { project: 'ACME', days: 90 });
    const total = element.querySelector('.sp-total');
    assert.equal(total.textContent, 'Created \u2192 won: 23.1 %', 'the server\'s figure, not one worked out here');
    assert.match(total.getAttribute('title'), /won \u00f7 created/);
    assert.match(total.getAttribute('title'), /Not the win rate/);
    assert.equal(element.querySelector('.sp-caption').textContent, '13 deals created in the period');
    assert.equal(element.querySelector('li[data-key=PROPOSAL] .sp-bar'), null, 'nothing reached, nothing drawn');
    assert.ok(element.querySelector('li[data-key=QUALIFICATION] .sp-bar'));
});

test('win rate is the server\'s won \u00f7 (won + lost), with that definition, in velocity and outcomes alike', async () => {
    const outcomes = gadget('outcomes', () => answer(200, { won: 1, lost: 3, disqualified: 4, winRate: 0.25,
        lostReasons: [], disqualifiedReasons: [], medianDaysToDisqualify: 1 }));
    await outcomes.instance.render(outcomes.element, { project: 'ACME', days: 90 });
    const rate = outcomes.element.querySelector('.sp-win-rate');
    assert.equal(rate.textContent, 'Win rate: 25.0 %');
    assert.match(rate.getAttribute('title'), /^Won \u00f7 \(won \+ lost\)/);
    assert.match(outcomes.element.textContent, /Median time to disqualify: 1 day$/);
    const velocity = gadget('velocity', () => answer(200, { openDeals: 2, won: 1, lost: 3, winRate: 0.25, averageDealSize: 1,
        salesCycleDays: 1, velocityPerDay: 0.5 }));
    await velocity.instance.render(velocity.element, { project: 'ACME', days: 90 });
    assert.equal(velocity.element.querySelector('[data-kpi=winRate]').getAttribute('title'), rate.getAttribute('title'));
});

test('stalled deals show amount and owner, unassigned ones say so, and one day is a day', async () => {
    const { instance, element } = gadget('stalled', () => answer(200, { deals: [
        { key: 'ACME-1', summary: 'Big', stage: 'PROPOSAL', daysInStage: 22, rotDays: 21, daysOverdue: 1, amount: 12000, owner: 'JIRAUSER10100', ownerName: 'Dana Levi' },
        { key: 'ACME-2', summary: 'Small', stage: 'PROPOSAL', daysInStage: 30, rotDays: 21, daysOverdue: 9, amount: null, owner: null }] }));
    await instance.render(element, { project: 'ACME', days: 30 });
    const first = element.querySelector('tr[data-key=ACME-1]');
    assert.equal(first.querySelector('.sp-amount').textContent, '$12,000');
    assert.equal(first.querySelector('.sp-owner').textContent, 'Dana Levi', 'the owner by display name, not by key');
    assert.equal(first.querySelector('.sp-overdue').textContent, '1 day');
    const second = element.querySelector('tr[data-key=ACME-2]');
    assert.equal(second.querySelector('.sp-owner').textContent, 'Unassigned');
    assert.equal(second.querySelector('.sp-amount').textContent, '\u2014');
    assert.equal(second.querySelector('.sp-overdue').textContent, '9 days');
});

test('stalled deals show how often their close date was moved later, a dash for never, and the bundle\'s doubled apostrophe as one', async () => {
    const { instance, element } = gadget('stalled', () => answer(200, { deals: [
        { key: 'ACME-1', summary: 'Big', stage: 'PROPOSAL', daysInStage: 22, rotDays: 21, daysOverdue: 1, amount: 1, owner: null, pushCount: 3 },
        { key: 'ACME-2', summary: 'Once', stage: 'PROPOSAL', daysInStage: 22, rotDays: 21, daysOverdue: 1, amount: 1, owner: null, pushCount: 1 },
        { key: 'ACME-3', summary: 'Never', stage: 'PROPOSAL', daysInStage: 22, rotDays: 21, daysOverdue: 1, amount: 1, owner: null, pushCount: 0 }] }));
    await instance.render(element, { project: 'ACME', days: 30 });
    assert.equal(element.querySelector('tr[data-key=ACME-1] .sp-pushes').textContent, '3 times');
    assert.equal(element.querySelector('tr[data-key=ACME-2] .sp-pushes').textContent, '1 time');
    assert.equal(element.querySelector('tr[data-key=ACME-3] .sp-pushes').textContent, '\u2014');
    const header = [...element.querySelectorAll('th')].find((th) => th.textContent === 'Close date moved');
    assert.equal(header.getAttribute('title'), "How many times the deal's expected close date was moved to a later date");
});

test('a forecast without months says so instead of an empty table, and one slipped deal reads in the singular', async () => {
    const slipped = [{ key: 'ACME-3', summary: 'Late', closeDate: '2026-02-28', amount: 1, stage: 'PROPOSAL' }];
    const { instance, element } = gadget('forecast', () => answer(200, { months: [], slipped }));
    await instance.render(element, { project: 'ACME', days: 30, owner: 'rep' });
    assert.equal(element.querySelector('table'), null);
    assert.equal(element.querySelector('.sp-no-months').textContent, 'No open deal owned by Dana Levi is expected to close in the next 30 days.');
    assert.equal(element.querySelector('h4[data-slipped]').textContent, '1 open deal is past its expected close date');
    const two = gadget('forecast', () => answer(200, { months: [], slipped: slipped.concat([Object.assign({}, slipped[0], { key: 'ACME-4' })]) }));
    await two.instance.render(two.element, { project: 'ACME', days: 30 });
    assert.equal(two.element.querySelector('h4[data-slipped]').textContent, '2 open deals are past their expected close date');
});

test('a saved owner is named by the display name the server gives it', async () => {
    const { instance, element, calls } = gadget('funnel', () => answer(200, FUNNEL));
    await instance.render(element, { project: 'ACME', days: 90, owner: 'rep' });
    const ownersCall = calls.map((call) => call.url).filter((url) => url.includes('/owners?'));
    assert.deepEqual(ownersCall, ['/jira/rest/sales-pipeline/1.0/pipelines/ACME/owners?owner=rep']);
    assert.equal(element.querySelector('.sp-context-owner').getAttribute('data-owner'), 'rep');
    assert.equal(element.querySelector('.sp-context-owner').textContent, 'Owner: Dana Levi');
    const everyone = gadget('funnel', () => answer(200, FUNNEL));
    await everyone.instance.render(everyone.element, { project: 'ACME', days: 90 });
    assert.equal(everyone.calls.filter((call) => call.url.includes('/owners')).length, 0, 'no owner, no owners call');
});

test('with an owner set, an empty answer names the owner instead of blaming the period', async () => {
    const empty = {
        funnel: [{ cohort: 0, createdToWon: null, stages: [] }, 'No deals owned by Dana Levi in this period.'],
        outcomes: [{ won: 0, lost: 0, disqualified: 0, winRate: null, lostReasons: [], disqualifiedReasons: [] },
            'No deal owned by Dana Levi was won, lost or disqualified in this period.'],
        pipeline: [{ stages: [], totalDeals: 0, totalValue: 0, totalWeightedValue: 0 }, 'No open deals owned by Dana Levi right now.'],
        'time-in-stage': [{ bottleneck: null, stages: [{ key: 'PROPOSAL', name: 'Proposal', stays: 0, meanDays: null,
            medianDays: null, rotDays: 21, medianOverRotDays: null }] }, 'No deals owned by Dana Levi in this period.']
    };
    for (const name of Object.keys(empty)) {
        const { instance, element } = gadget(name, (metric) => answer(200, metric === 'funnel' && name !== 'funnel' ? FUNNEL : empty[name][0]));
        await instance.render(element, { project: 'ACME', days: 30, owner: 'rep' });
        assert.equal(element.querySelector('.sp-empty').textContent, empty[name][1], name);
        await instance.render(element, { project: 'ACME', days: 30 });
        assert.doesNotMatch(element.querySelector('.sp-empty').textContent, /Dana Levi/, name);
    }
});

test('pipeline by stage draws no bar for a stage worth nothing', async () => {
    const { instance, element } = gadget('pipeline', () => answer(200, { stages: [
        { key: 'QUALIFICATION', name: 'Qualification', deals: 2, value: 0, weightedValue: 0 },
        { key: 'PROPOSAL', name: 'Proposal', deals: 1, value: 500, weightedValue: 250 }], totalDeals: 3, totalValue: 500, totalWeightedValue: 250 }));
    await instance.render(element, { project: 'ACME', days: 30 });
    assert.equal(element.querySelector('tr[data-key=QUALIFICATION] .sp-bar'), null);
    assert.equal(element.querySelector('tr[data-key=PROPOSAL] .sp-bar').getAttribute('style'), 'width:100%');
});

const TIME = { bottleneck: 'QUALIFICATION', stages: [
    { key: 'QUALIFICATION', name: 'Qualification', stays: 1, meanDays: 30, medianDays: 30, rotDays: 14, medianOverRotDays: 30 / 14 },
    { key: 'PROPOSAL', name: 'Proposal', stays: 4, meanDays: 70.25, medianDays: 70.5, rotDays: 21, medianOverRotDays: 70.5 / 21 }] };

test('time in stage marks the bottleneck the server names, and only it, whatever the figures', async () => {
    const { instance, element, calls } = gadget('time-in-stage', (metric) => answer(200, metric === 'funnel' ? FUNNEL : TIME));
    await instance.render(element, { project: 'ACME', days: 90, owner: 'rep' });
    const marked = element.querySelectorAll('.sp-stay[data-bottleneck]');
    assert.deepEqual(marked.map((stay) => stay.getAttribute('data-key')), ['QUALIFICATION'],
        'Proposal\'s ratio is larger, but the rule is the server\'s');
    assert.equal(marked[0].querySelector('.sp-badge').textContent, 'Bottleneck');
    assert.equal(element.querySelector('.sp-bottleneck-line').textContent, 'Bottleneck: Qualification, its median stay 2.1 \u00d7 its rot threshold');
    const proposal = element.querySelector('.sp-stay[data-key=PROPOSAL]');
    assert.equal(proposal.querySelector('.sp-stay-median').textContent, 'median 70.5 days');
    assert.equal(proposal.querySelector('.sp-mean').textContent, 'mean 70.3 days');
    assert.equal(proposal.querySelector('.sp-stays').textContent, '4 stays ended');
    assert.equal(proposal.querySelector('.sp-rot').textContent, 'rot threshold 21 days');
    assert.equal(element.querySelector('.sp-stay[data-key=QUALIFICATION] .sp-stays').textContent, '1 stay ended');

    const timeCall = calls.map((call) => call.url).find((url) => url.includes('/time-in-stage?'));
    const funnelCall = calls.map((call) => call.url).find((url) => url.includes('/funnel?'));
    assert.match(timeCall, /\/pipelines\/ACME\/time-in-stage\?from=.+&to=.+&owner=rep$/);
    assert.equal(funnelCall, timeCall.replace('/time-in-stage?', '/funnel?'), 'the funnel of the same period and owner');
    assert.equal(element.querySelector('a.sp-csv').getAttribute('href'), timeCall + '&format=csv');
});

test('beside each stage its funnel conversion, labelled as the share of deals created in the period', async () => {
    const { instance, element } = gadget('time-in-stage', (metric) => answer(200, metric === 'funnel' ? FUNNEL : Object.assign({}, TIME, { bottleneck: null })));
    await instance.render(element, { project: 'ACME', days: 90 });
    assert.equal(element.querySelector('.sp-stay[data-key=QUALIFICATION] .sp-went-on').textContent,
        '50.0 % of deals created in the period went on');
    assert.equal(element.querySelector('.sp-stay[data-key=PROPOSAL] .sp-went-on').getAttribute('data-conversion'), '');
    assert.match(element.querySelector('.sp-went-on-note').textContent, /created in the period/);
    assert.equal(element.querySelectorAll('.sp-stay[data-bottleneck]').length, 0);
    assert.equal(element.querySelector('.sp-bottleneck-line').textContent,
        'No bottleneck: no stage\'s median stay is over its rot threshold.');
});
