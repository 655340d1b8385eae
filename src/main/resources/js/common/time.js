/*
 * Dates and times as the user reads them: in the user's locale and time zone (Jira's profile settings when the
 * page carries them, else the browser's), without seconds; ages such as "3 days ago".
 */
define('sales-pipeline/common/time', ['sales-pipeline/common/language'], function (language) {
    'use strict';

    var SECOND = 1000;
    /* Each unit of an age and how many milliseconds it spans, largest first. */
    var UNITS = [['year', 365 * 86400 * SECOND], ['month', 30 * 86400 * SECOND], ['week', 7 * 86400 * SECOND],
        ['day', 86400 * SECOND], ['hour', 3600 * SECOND], ['minute', 60 * SECOND], ['second', SECOND]];

    function meta(name) {
        var node = typeof document !== 'undefined' && document.querySelector('meta[name="' + name + '"]');
        return (node && node.getAttribute('content')) || null;
    }

    /** The user's time zone: Jira's profile setting when the page carries it, else the browser's. */
    function timeZone() {
        return meta('ajs-user-timezone') || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    }

    /**
     * The user's locale as a BCP 47 tag: he-IL when the app speaks Hebrew to the user, else Jira's (Jira writes
     * en_US), or undefined for the browser's own.
     */
    function locale() {
        if (language.locale()) {
            return language.locale();
        }
        var value = meta('ajs-user-locale');
        return value ? value.replace(/_/g, '-') : undefined;
    }

    /** An instant (ISO text) as a date and time, medium date and short time: "Mar 3, 2026, 9:30 AM". */
    function dateTime(iso, zone) {
        if (!iso) {
            return '';
        }
        return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: zone || timeZone() })
            .format(new Date(iso));
    }

    /** A calendar day (2026-03-31) in the user's locale: "Mar 31, 2026". A day has no time zone, so none shifts it. */
    function date(isoDate) {
        if (!isoDate) {
            return '';
        }
        return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' })
            .format(new Date(isoDate.substring(0, 10) + 'T00:00:00Z'));
    }

    /** A calendar month (2026-03) in the user's locale: "Mar 2026". */
    function month(isoMonth) {
        if (!isoMonth) {
            return '';
        }
        return new Intl.DateTimeFormat(locale(), { year: 'numeric', month: 'short', timeZone: 'UTC' })
            .format(new Date(isoMonth.substring(0, 7) + '-01T00:00:00Z'));
    }

    /**
     * Two calendar days (2026-01-01, 2026-03-31) as one range in the user's locale, the parts they share said once:
     * "Jan 1 – Mar 31, 2026".
     */
    function dayRange(firstIsoDate, lastIsoDate) {
        var format = new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' });
        var first = new Date(firstIsoDate.substring(0, 10) + 'T00:00:00Z');
        var last = new Date(lastIsoDate.substring(0, 10) + 'T00:00:00Z');
        return typeof format.formatRange === 'function' ? format.formatRange(first, last)
            : format.format(first) + ' \u2013 ' + format.format(last);
    }

    /** How long before (or after) now the instant is, in its largest whole unit: "3 days ago", "yesterday". */
    function age(iso, now) {
        if (!iso) {
            return '';
        }
        var difference = new Date(iso).getTime() - (now === undefined ? Date.now() : now);
        var format = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
        for (var i = 0; i < UNITS.length; i++) {
            var count = Math.trunc(difference / UNITS[i][1]);
            if (count !== 0) {
                return format.format(count, UNITS[i][0]);
            }
        }
        return format.format(0, 'second');
    }

    return { timeZone: timeZone, locale: locale, dateTime: dateTime, date: date, dayRange: dayRange, month: month, age: age };
});
