/*
 * The waterfall of the pipeline changes gadget, as plain data: from Opening through every movement to Closing, each
 * bar with its value, deal count, and the span [start, end] it covers on the running total. The bars add up: the
 * walk ends where the server's Closing is (Closing = Opening − left + entered + increased − decreased), and
 * identity() says whether it does.
 */
define('sales-pipeline/dashboard/waterfall', [], function () {
    'use strict';

    /*
     * The bars between Opening and Closing, in order: the deals that entered, the deals that left, then the kept
     * deals' amount changes. sign: +1 adds to the running total, -1 takes from it. list: the flow/deals list behind it.
     */
    var STEPS = [
        { kind: 'created', sign: 1, group: 'entered' },
        { kind: 'pulledIn', sign: 1, group: 'entered' },
        { kind: 'reopened', sign: 1, group: 'entered' },
        { kind: 'won', sign: -1, group: 'left' },
        { kind: 'lost', sign: -1, group: 'left' },
        { kind: 'disqualified', sign: -1, group: 'left' },
        { kind: 'pushedOut', sign: -1, group: 'left' },
        { kind: 'increased', sign: 1, group: 'change' },
        { kind: 'decreased', sign: -1, group: 'change' }
    ];

    /** The movement of the answer by kind; a kind the answer lacks counts as none. */
    function movement(flow, kind) {
        var found = (flow.movements || []).filter(function (m) { return m.kind === kind; })[0];
        return found || { kind: kind, deals: 0, value: 0 };
    }

    /**
     * The bars of a flow answer: Opening, the nine steps, Closing. Each {kind, group ('total', 'entered', 'left',
     * 'change'), sign, value (≥ 0), deals (null for amount changes), start, end (the running total before and after;
     * for the totals 0 and the total)}. Closing's value is the server's; walked is where the steps end.
     */
    function bars(flow) {
        var total = flow.opening.value;
        var list = [{ kind: 'opening', group: 'total', sign: 1, value: flow.opening.value, deals: flow.opening.deals,
            start: 0, end: flow.opening.value }];
        STEPS.forEach(function (step) {
            var value;
            var deals;
            if (step.group === 'change') {
                value = flow[step.kind] || 0;
                deals = null;
            } else {
                var m = movement(flow, step.kind);
                value = m.value;
                deals = m.deals;
            }
            var start = total;
            total = total + step.sign * value;
            list.push({ kind: step.kind, group: step.group, sign: step.sign, value: value, deals: deals,
                start: start, end: total });
        });
        list.push({ kind: 'closing', group: 'total', sign: 1, value: flow.closing.value, deals: flow.closing.deals,
            start: 0, end: flow.closing.value, walked: total });
        return list;
    }

    /** The sums of the identity: opening, left, entered, increased, decreased, closing, values and deal counts. */
    function sums(flow) {
        var sum = { left: 0, entered: 0, leftDeals: 0, enteredDeals: 0 };
        STEPS.forEach(function (step) {
            if (step.group !== 'change') {
                var m = movement(flow, step.kind);
                sum[step.group] += m.value;
                sum[step.group + 'Deals'] += m.deals;
            }
        });
        return {
            opening: flow.opening.value, left: sum.left, entered: sum.entered, increased: flow.increased || 0,
            decreased: flow.decreased || 0, closing: flow.closing.value,
            openingDeals: flow.opening.deals, leftDeals: sum.leftDeals, enteredDeals: sum.enteredDeals,
            closingDeals: flow.closing.deals
        };
    }

    /**
     * Whether the answer adds up: Closing = Opening − left + entered + increased − decreased (to a cent, as sums of
     * decimals round), and Closing deals = Opening deals − left + entered.
     */
    function identity(flow) {
        var s = sums(flow);
        var walked = s.opening - s.left + s.entered + s.increased - s.decreased;
        return Math.abs(walked - s.closing) < 0.005 && s.openingDeals - s.leftDeals + s.enteredDeals === s.closingDeals;
    }

    /** The scale of the chart: the largest running total any bar reaches (1 when all are 0). */
    function scale(list) {
        var top = 0;
        list.forEach(function (bar) { top = Math.max(top, bar.start, bar.end); });
        return top > 0 ? top : 1;
    }

    /** Where a bar lies on its track, in percent of the scale: {offset, width}; a bar of no value has no width. */
    function span(bar, top) {
        var low = Math.max(0, Math.min(bar.start, bar.end));
        var high = Math.max(bar.start, bar.end);
        var round = function (x) { return Math.round(x / top * 1000) / 10; };
        return { offset: round(low), width: Math.round((round(high) - round(low)) * 10) / 10 };
    }

    return { STEPS: STEPS, bars: bars, sums: sums, identity: identity, scale: scale, span: span };
});
