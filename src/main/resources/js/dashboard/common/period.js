/* Periods of the gadgets, computed in the user's time zone and sent to the REST API as instants. */
define('sales-pipeline/dashboard/period', [], function () {
    'use strict';

    var DAY = 86400000;

    /** Minutes to add to UTC to get the wall-clock time of the zone at the given instant. */
    function offsetMinutes(timeZone, instant) {
        var parts = new Intl.DateTimeFormat('en-US', {
            timeZone: timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
            hour: '2-digit', minute: '2-digit', second: '2-digit'
        }).formatToParts(new Date(instant));
        var value = {};
        parts.forEach(function (part) { value[part.type] = Number(part.value); });
        var wall = Date.UTC(value.year, value.month - 1, value.day, value.hour, value.minute, value.second);
        return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60000);
    }

    /** The instant at which the given calendar day (y, m 1-12, d) starts in the zone. */
    function startOfDay(timeZone, year, month, day) {
        var guess = Date.UTC(year, month - 1, day);
        var first = guess - offsetMinutes(timeZone, guess) * 60000;
        return guess - offsetMinutes(timeZone, first) * 60000;
    }

    /** Today's date in the zone as [year, month, day]. */
    function today(timeZone, now) {
        var text = new Intl.DateTimeFormat('en-CA', { timeZone: timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
            .format(new Date(now));
        return text.split('-').map(Number);
    }

    /**
     * The last `days` whole days up to the end of today in the zone: [from, to) as ISO instants, their first
     * day, and the dates the forecast uses (today .. until, until excluded; last is the day before until).
     */
    function lastDays(days, timeZone, now) {
        var t = today(timeZone, now);
        var to = startOfDay(timeZone, t[0], t[1], t[2] + 1);
        var from = startOfDay(timeZone, t[0], t[1], t[2] + 1 - days);
        var todayDate = new Date(Date.UTC(t[0], t[1] - 1, t[2]));
        function day(offset) {
            return new Date(todayDate.getTime() + offset * DAY).toISOString().substring(0, 10);
        }
        return {
            from: new Date(from).toISOString(),
            to: new Date(to).toISOString(),
            at: new Date(now).toISOString(),
            first: day(1 - days),
            today: day(0),
            last: day(days - 1),
            until: day(days)
        };
    }

    return { lastDays: lastDays, startOfDay: startOfDay };
});
