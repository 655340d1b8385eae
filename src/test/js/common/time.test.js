'use strict';
/* Dates in the user's locale and time zone without seconds, ages such as "3 days ago". */
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('../support/amd');

function timeIn(locale, zone) {
    return load(['js/common/language.js', 'js/common/time.js'], { meta: { 'ajs-user-locale': locale, 'ajs-user-timezone': zone } })
        .require('sales-pipeline/common/time');
}

const NOW = Date.parse('2026-03-10T12:00:00Z');

test('an instant reads as a medium date and a short time in the user\'s time zone, without seconds', () => {
    assert.equal(timeIn('en_US', 'UTC').dateTime('2026-03-03T09:30:45Z'), 'Mar 3, 2026, 9:30 AM');
    assert.equal(timeIn('en_US', 'Europe/Berlin').dateTime('2026-03-03T09:30:45Z'), 'Mar 3, 2026, 10:30 AM');
    assert.equal(timeIn('en_US', 'Pacific/Auckland').dateTime('2026-03-03T23:30:00Z'), 'Mar 4, 2026, 12:30 PM',
        'the day is the one in the user\'s zone');
});

test('the user\'s locale orders and names the parts', () => {
    assert.equal(timeIn('de_DE', 'UTC').dateTime('2026-03-03T09:30:45Z'), '03.03.2026, 09:30');
    assert.equal(timeIn('en_GB', 'UTC').date('2026-03-31'), '31 Mar 2026');
});

test('a calendar day keeps its date in every time zone', () => {
    assert.equal(timeIn('en_US', 'America/Los_Angeles').date('2026-03-31'), 'Mar 31, 2026');
    assert.equal(timeIn('en_US', 'Pacific/Kiritimati').date('2026-03-31'), 'Mar 31, 2026');
    assert.equal(timeIn('en_US', 'UTC').month('2026-12'), 'Dec 2026');
});

test('an age is the largest whole unit before now', () => {
    const time = timeIn('en_US', 'UTC');
    assert.equal(time.age('2026-03-07T11:00:00Z', NOW), '3 days ago');
    assert.equal(time.age('2026-03-09T11:00:00Z', NOW), 'yesterday');
    assert.equal(time.age('2026-03-10T09:00:00Z', NOW), '3 hours ago');
    assert.equal(time.age('2026-03-10T11:58:00Z', NOW), '2 minutes ago');
    assert.equal(time.age('2026-03-10T12:00:00Z', NOW), 'now');
    assert.equal(time.age('2026-02-01T12:00:00Z', NOW), 'last month');
    assert.equal(time.age('2024-01-01T12:00:00Z', NOW), '2 years ago');
    assert.equal(time.age('2026-03-12T12:00:00Z', NOW), 'in 2 days');
});

test('an age speaks the user\'s language', () => {
    assert.equal(timeIn('de_DE', 'UTC').age('2026-03-07T11:00:00Z', NOW), 'vor 3 Tagen');
});

test('no instant reads as nothing', () => {
    const time = timeIn('en_US', 'UTC');
    assert.equal(time.dateTime(null), '');
    assert.equal(time.date(null), '');
    assert.equal(time.age(undefined, NOW), '');
});

test('a range of days says the parts both days share once, in the user\'s locale', () => {
    assert.equal(timeIn('en_US', 'UTC').dayRange('2026-01-01', '2026-03-31'), 'Jan 1\u2009\u2013\u2009Mar 31, 2026');
    assert.equal(timeIn('en_US', 'UTC').dayRange('2025-12-02', '2026-03-01'), 'Dec 2, 2025\u2009\u2013\u2009Mar 1, 2026');
    assert.equal(timeIn('de_DE', 'Pacific/Auckland').dayRange('2026-01-01', '2026-03-31'), '01.01.\u2009\u2013\u200931.03.2026');
});
