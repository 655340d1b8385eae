'use strict';
/* The JQL behind a gadget's numbers: the app's functions with the instants the gadget asked REST for, linked to the navigator. */
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, answer, recordingFetch } = require('../support/amd');
const { scriptsOf } = require('../support/descriptor');

const PIPELINES = { pipelines: [{ project: 'ACME', name: 'ACME sales', currency: 'USD', stages: [{ key: 'PROPOSAL', name: 'Proposal' }] }] };

function drilldown() {
    return load(scriptsOf('dashboard-gadgets'), { fetch: () => answer(200, {}) }).require('sales-pipeline/dashboard/drilldown');
}

function gadget(name, respond) {
    const recorder = recordingFetch((url) => (url.endsWith('/pipelines') ? answer(200, PIPELINES) : respond(url)));
    const page = load(scriptsOf('dashboard-gadgets'), { fetch: recorder.fetch });
    const Gadget = page.require('sales-pipeline/dashboard/' + name);
    return { instance: new Gadget({ savePreferences() {} }), element: page.document.createElement('div'), calls: recorder.calls };
}

/** The JQL a link searches, and the query the gadget sent to REST. */
function jqlOf(link) {
    const href = link.getAttribute('href');
    assert.match(href, /^\/jira\/issues\/\?jql=/);
    return decodeURIComponent(href.substring('/jira/issues/?jql='.length));
}

function queryOf(call) {
    return Object.fromEntries(new URL(call.url, 'http://host').searchParams);
}

/** The gadget's metric call among its calls (the pipelines, the owners and the language are asked for too). */
function metricCall(calls) {
    return calls.filter((call) => /\/pipelines\/ACME\/(?!owners)/.test(call.url))[0];
}

test('each function is called with the project first and every argument quoted', () => {
    const jql = drilldown();
    assert.equal(jql.stage('ACME', 'PROPOSAL', '2026-03-01T10:00:00.000Z'),
        'issue in pipelineStage("ACME", "PROPOSAL", "2026-03-01T10:00:00.000Z")');
    assert.equal(jql.stalled('ACME', '2026-03-01T10:00:00.000Z'), 'issue in pipelineStalled("ACME", "2026-03-01T10:00:00.000Z")');
    assert.equal(jql.cohort('ACME', '2026-01-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z', 'WON'),
        'issue in pipelineCohort("ACME", "2026-01-01T00:00:00.000Z", "2026-04-01T00:00:00.000Z", "WON")');
    assert.equal(jql.cohort('ACME', 'a', 'b'), 'issue in pipelineCohort("ACME", "a", "b")');
    assert.equal(jql.outcome('ACME', 'LOST', 'a', 'b', 'Price'), 'issue in pipelineOutcome("ACME", "LOST", "a", "b", "Price")');
    assert.equal(jql.outcome('ACME', 'LOST', 'a', 'b', null), 'issue in pipelineOutcome("ACME", "LOST", "a", "b", "")');
    assert.equal(jql.outcome('ACME', 'WON', 'a', 'b'), 'issue in pipelineOutcome("ACME", "WON", "a", "b")');
    assert.equal(jql.forecast('ACME', '2026-03', '2026-03-15', '2026-06-13'),
        'issue in pipelineForecast("ACME", "2026-03", "2026-03-15", "2026-06-13")');
    assert.equal(jql.slipped('ACME'), 'issue in pipelineSlipped("ACME")');
});

test('an owner becomes the assignee, and quotes and backslashes in values are escaped', () => {
    const jql = drilldown();
    assert.equal(jql.slipped('ACME', 'rep'), 'issue in pipelineSlipped("ACME") AND assignee = "rep"');
    assert.equal(jql.outcome('ACME', 'LOST', 'a', 'b', 'Too "pricey" \\ late'),
        'issue in pipelineOutcome("ACME", "LOST", "a", "b", "Too \\"pricey\\" \\\\ late")');
    assert.equal(jql.url('issue in pipelineSlipped("ACME") AND assignee = "a&b"'),
        '/jira/issues/?jql=issue%20in%20pipelineSlipped(%22ACME%22)%20AND%20assignee%20%3D%20%22a%26b%22');
});

test('a funnel bar and the cohort link to the funnel\'s deals with the exact window the gadget asked for', async () => {
    const { instance, element, calls } = gadget('funnel', () => answer(200, { cohort: 5, createdToWon: 0.2, stages: [
        { key: 'PROPOSAL', name: 'Proposal', reached: 3, conversion: 0.33 }, { key: 'WON', name: 'Won', reached: 1, conversion: null }] }));
    await instance.render(element, { project: 'ACME', days: 30, owner: 'rep' });
    const asked = queryOf(metricCall(calls));
    assert.equal(jqlOf(element.querySelector('li[data-key=PROPOSAL] .sp-step-count a')),
        `issue in pipelineCohort("ACME", "${asked.from}", "${asked.to}", "PROPOSAL") AND assignee = "rep"`);
    assert.equal(jqlOf(element.querySelector('li[data-key=WON] .sp-step-count a')),
        `issue in pipelineCohort("ACME", "${asked.from}", "${asked.to}", "WON") AND assignee = "rep"`);
    assert.equal(jqlOf(element.querySelector('.sp-caption a')),
        `issue in pipelineCohort("ACME", "${asked.from}", "${asked.to}") AND assignee = "rep"`);
    assert.equal(element.querySelector('li[data-key=PROPOSAL] .sp-step-count').textContent, '3');
    assert.equal(element.querySelector('.sp-conversion a'), null, 'conversion rates do not link');
    assert.equal(element.querySelector('.sp-total a'), null, 'created → won does not link');
});

test('pipeline rows, stalled deals, outcomes, reasons, forecast months and slipped deals link with the instants asked for', async () => {
    let g = gadget('pipeline', () => answer(200, { stages: [{ key: 'PROPOSAL', name: 'Proposal', deals: 2, value: 10, weightedValue: 5 }],
        totalDeals: 2, totalValue: 10, totalWeightedValue: 5 }));
    await g.instance.render(g.element, { project: 'ACME', days: 30 });
    assert.equal(jqlOf(g.element.querySelector('tr[data-key=PROPOSAL] a')),
        `issue in pipelineStage("ACME", "PROPOSAL", "${queryOf(metricCall(g.calls)).at}")`);

    g = gadget('stalled', () => answer(200, { deals: [{ key: 'ACME-9', summary: 'Late', stage: 'PROPOSAL', daysInStage: 30,
        rotDays: 21, daysOverdue: 9, amount: 5 }] }));
    await g.instance.render(g.element, { project: 'ACME', days: 30 });
    assert.equal(jqlOf(g.element.querySelector('a.sp-drill')), `issue in pipelineStalled("ACME", "${queryOf(metricCall(g.calls)).at}")`);

    g = gadget('outcomes', () => answer(200, { won: 1, lost: 2, disqualified: 1, winRate: 0.33, medianDaysToDisqualify: 3,
        lostReasons: [{ reason: 'Price', count: 1 }, { reason: null, count: 1 }], disqualifiedReasons: [] }));
    await g.instance.render(g.element, { project: 'ACME', days: 30 });
    const window = queryOf(metricCall(g.calls));
    assert.equal(jqlOf(g.element.querySelector('[data-kpi=lost] a')),
        `issue in pipelineOutcome("ACME", "LOST", "${window.from}", "${window.to}")`);
    assert.equal(jqlOf(g.element.querySelector('li[data-reason=Price] a')),
        `issue in pipelineOutcome("ACME", "LOST", "${window.from}", "${window.to}", "Price")`);
    assert.equal(jqlOf(g.element.querySelector('li[data-reason=""] a')),
        `issue in pipelineOutcome("ACME", "LOST", "${window.from}", "${window.to}", "")`);
    assert.equal(g.element.querySelector('.sp-win-rate a'), null, 'the win rate does not link');

    g = gadget('forecast', () => answer(200, { months: [{ month: '2026-12', deals: 2, value: 10, weightedValue: 5 }],
        slipped: [{ key: 'ACME-3', summary: 'Late', closeDate: '2026-02-28', amount: 1, stage: 'PROPOSAL' }] }));
    await g.instance.render(g.element, { project: 'ACME', days: 90 });
    const dates = queryOf(metricCall(g.calls));
    assert.equal(jqlOf(g.element.querySelector('tr[data-month="2026-12"] a')),
        `issue in pipelineForecast("ACME", "2026-12", "${dates.from}", "${dates.to}")`);
    assert.equal(jqlOf(g.element.querySelector('h4[data-slipped] a')), 'issue in pipelineSlipped("ACME")');
});
