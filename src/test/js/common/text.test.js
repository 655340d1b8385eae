'use strict';
/* Messages with counts take the form the user's language gives the count: "1 open deal is …", "2 open deals are …". */
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('../support/amd');

function textIn(locale, table) {
    const scripts = load(['js/common/language.js', 'js/common/time.js', 'js/common/text.js'], { meta: { 'ajs-user-locale': locale, 'ajs-user-timezone': 'UTC' } });
    return scripts.require('sales-pipeline/common/text').messages(() => table);
}

const SLIPPED = {
    'slipped.one': '{0} open deal is past its expected close date',
    'slipped.two': '{0} open deals (two) are past',
    'slipped.other': '{0} open deals are past their expected close date for {1}'
};

test('one takes the singular form, other counts the plural, and further arguments follow the count', () => {
    const text = textIn('en_US', SLIPPED);
    assert.equal(text.count('slipped', 1), '1 open deal is past its expected close date');
    assert.equal(text.count('slipped', 0, 'rep'), '0 open deals are past their expected close date for rep');
    assert.equal(text.count('slipped', 2, 'rep'), '2 open deals are past their expected close date for rep',
        'English has no dual, so the two form is not used');
    assert.equal(text.count('slipped', 1234, 'rep'), '1,234 open deals are past their expected close date for rep');
});

test('a fractional count reads as shown: 1 is singular, 1.5 plural', () => {
    const text = textIn('en_US', { 'days.one': '{0} day', 'days.other': '{0} days' });
    assert.equal(text.count('days', 1.04), '1 day');
    assert.equal(text.count('days', 1.5), '1.5 days');
});

test('a language with a dual uses it when the bundle has it, and the other form when it lacks one', () => {
    const text = textIn('he_IL', SLIPPED);
    assert.equal(text.count('slipped', 2), '2 open deals (two) are past');
    const withoutDual = textIn('he_IL', { 'n.one': '{0} one', 'n.other': '{0} other' });
    assert.equal(withoutDual.count('n', 2), '2 other');
});
