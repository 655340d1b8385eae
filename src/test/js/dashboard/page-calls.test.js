'use strict';
/* The calls the load benchmark replays are the ones the dashboard items and the board make when they load. */
const test = require('node:test');
const assert = require('node:assert/strict');
const { pageCalls } = require('../support/page-calls');
const { dashboardItems } = require('../support/descriptor');

const OPTIONS = { project: 'ACME', boardProject: 'BOARD', days: 90, now: '2026-06-01T10:00:00Z', timeZone: 'UTC' };
const BASE = '/rest/sales-pipeline/1.0';

test('one dashboard asks for the language once, then for every gadget its pipelines and figures at once', async () => {
    const calls = await pageCalls(OPTIONS);
    const items = dashboardItems();
    assert.deepEqual(calls.gadgets, items.map((item) => item.key));
    assert.equal(items.length, 9, 'every dashboard item of the descriptor');
    assert.deepEqual(calls.dashboard[0], { path: BASE + '/language', wave: 0 });
    const later = calls.dashboard.slice(1);
    assert.deepEqual(later.filter((call) => call.wave !== 1).map((call) => call.wave + ' ' + call.path.split('?')[0]),
        ['2 ' + BASE + '/pipelines', '2 ' + BASE + '/pipelines/ACME/flow', '2 ' + BASE + '/pipelines',
            '2 ' + BASE + '/pipelines/ACME/forecast-range', '2 ' + BASE + '/pipelines/ACME/forecast-range/backtest'],
        'everything else goes out once the language is known, but the pipeline changes and the forecast range, which wait for their period');
    assert.equal(later.filter((call) => call.path === BASE + '/pipelines').length, items.length, 'each gadget reads the pipelines');
    const figures = later.filter((call) => call.path !== BASE + '/pipelines').map((call) => call.path.split('?')[0]);
    assert.deepEqual(figures, ['periods', 'periods', 'funnel', 'summary', 'velocity', 'stalled', 'outcomes', 'forecast', 'time-in-stage',
        'funnel', 'flow', 'forecast-range', 'forecast-range/backtest'].map((metric) => BASE + '/pipelines/ACME/' + metric));
    assert.ok(later.some((call) => call.wave === 2 && call.path === BASE
        + '/pipelines/ACME/flow?from=2026-06-01T00%3A00%3A00.000Z&to=2026-06-08T00%3A00%3A00.000Z'),
        'the pipeline changes of the week the server names, once it has named it');
    assert.ok(later.some((call) => call.wave === 2 && call.path === BASE + '/pipelines/ACME/forecast-range?from=2026-04-01T00%3A00%3A00.000Z'
        + '&to=2026-07-01T00%3A00%3A00.000Z&at=2026-06-01T10%3A00%3A00Z'), 'the forecast range of the quarter the server names, as of its now');
    assert.ok(later.some((call) => call.path === BASE + '/pipelines/ACME/forecast-range/backtest?granularity=quarter'),
        'the track record by quarter for a quarter\'s window');
    assert.ok(later.some((call) => call.path === BASE + '/pipelines/ACME/stalled?at=2026-06-01T10%3A00%3A00.000Z&limit=10'),
        'the gadgets\' own parameters at the given now');
    assert.ok(later.some((call) => call.path === BASE
        + '/pipelines/ACME/funnel?from=2026-03-04T00%3A00%3A00.000Z&to=2026-06-02T00%3A00%3A00.000Z'), 'the last 90 days');
});

test('the board\'s first render reads the language, then the owners and the kept filters, then the board', async () => {
    const calls = await pageCalls(OPTIONS);
    assert.deepEqual(calls.board, [
        { path: BASE + '/language', wave: 0 },
        { path: BASE + '/pipelines/BOARD/owners', wave: 1 },
        { path: BASE + '/pipelines/BOARD/board/filters', wave: 1 },
        { path: BASE + '/pipelines/BOARD/board', wave: 2 }
    ]);
});
