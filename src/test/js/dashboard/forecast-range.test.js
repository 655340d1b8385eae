'use strict';
/* The forecast range gadget: its band lies on one scale with P50 and the won so far, and its track record reads as a sentence. */
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('../support/amd');
const { scriptsOf } = require('../support/descriptor');

const plain = (value) => JSON.parse(JSON.stringify(value));

function modules() {
    const page = load(scriptsOf('forecast-range-gadget'));
    const band = page.require('sales-pipeline/dashboard/band');
    const textHelpers = page.require('sales-pipeline/common/text');
    const keys = ['quarters.one', 'quarters.other', 'months.one', 'months.other', 'sentence', 'none.quarters', 'none.months']
        .map((key) => 'sales-pipeline.gadget.forecast-range.track.' + key);
    const text = textHelpers.messages(() => Object.fromEntries(keys.map((key) => [key, page.AJS.I18n.getText(key)])));
    return { band, text, number: (value) => textHelpers.number(value) };
}

test('the band spans P10 to P90 on a scale up to the largest figure, with P50 and the won so far marked', () => {
    const { band } = modules();
    const range = { wonSoFar: 100, p10: 200, p50: 400, p90: 800, weightedPipeline: 1000, calibratedWeighted: 500 };
    assert.equal(band.scale(range), 1000, 'the weighted pipeline above P90 widens the scale');
    assert.deepEqual(plain(band.place(range, band.scale(range))), { offset: 20, width: 60, p50: 40, won: 10 });
    assert.equal(band.scale({ wonSoFar: 0, p10: 0, p50: 0, p90: 0, weightedPipeline: 0, calibratedWeighted: 0 }), 1,
        'nothing at all still has a scale');
    assert.deepEqual(plain(band.place({ wonSoFar: 50, p10: 50, p50: 50, p90: 50 }, 50)), { offset: 100, width: 0, p50: 100, won: 100 },
        'no open deals: the band is a point at the won so far');
});

test('the track record says how far P50 and the typed-in probabilities were off and how often the band held the actual', () => {
    const { band, text, number } = modules();
    const summary = { wapeP50: 0.1234, wapeWeighted: 0.306, wapeCalibrated: 0.2, inBand: 3, windows: 4 };
    assert.equal(band.record(summary, 'quarter', text, number), 'Over the last 4 quarters the P50 was off by 12 % on average; '
        + 'the typed-in probabilities were off by 31 %; the actual fell inside the band in 3 of 4.');
    assert.equal(band.record(Object.assign({}, summary, { inBand: 5, windows: 8 }), 'month', text, number),
        'Over the last 8 months the P50 was off by 12 % on average; the typed-in probabilities were off by 31 %; '
        + 'the actual fell inside the band in 5 of 8.');
    assert.equal(band.record(Object.assign({}, summary, { inBand: 1, windows: 1 }), 'quarter', text, number),
        'Over the last quarter the P50 was off by 12 % on average; the typed-in probabilities were off by 31 %; '
        + 'the actual fell inside the band in 1 of 1.');
});

test('without a past window that won anything the track record says there is none yet, by quarter or month', () => {
    const { band, text, number } = modules();
    const none = { wapeP50: null, wapeWeighted: null, wapeCalibrated: null, inBand: 0, windows: 4 };
    assert.equal(band.record(none, 'quarter', text, number), 'No past quarter with won deals to check the forecast against yet.');
    assert.equal(band.record(none, 'month', text, number), 'No past month with won deals to check the forecast against yet.');
    assert.equal(band.record({ wapeP50: 0.1, wapeWeighted: 0.2, inBand: 0, windows: 0 }, 'month', text, number),
        'No past month with won deals to check the forecast against yet.');
});

test('the window follows the settings: this quarter by quarter, this month by month', () => {
    const { band } = modules();
    assert.deepEqual(plain(band.GRANULARITY), { thisQuarter: 'quarter', thisMonth: 'month' });
});
