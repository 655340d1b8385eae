/*
 * The forecast range gadget as plain data: where the band P10–P90, its P50 and the won so far lie on one scale, and
 * the track record in words from the backtest's summary.
 */
define('sales-pipeline/dashboard/band', [], function () {
    'use strict';

    /** The granularity of the track record that goes with each window of the settings. */
    var GRANULARITY = { thisQuarter: 'quarter', thisMonth: 'month' };

    /** The scale: the largest of P90, the won so far and both weighted pipelines (1 when all are 0). */
    function scale(range) {
        var top = Math.max(range.p90 || 0, range.wonSoFar || 0, range.weightedPipeline || 0, range.calibratedWeighted || 0);
        return top > 0 ? top : 1;
    }

    function share(value, top) {
        return Math.round(Math.min(1, Math.max(0, (value || 0) / top)) * 1000) / 10;
    }

    /** Where the band lies on its track, in percent of the scale: {offset, width} of P10–P90, and p50, won marks. */
    function place(range, top) {
        var low = share(range.p10, top);
        var high = share(range.p90, top);
        return { offset: low, width: Math.round((high - low) * 10) / 10, p50: share(range.p50, top),
            won: share(range.wonSoFar, top) };
    }

    /** A WAPE (a ratio) as whole percent. The weighted pipeline's WAPE shares P50's divisor, so both are known or neither. */
    function wape(ratio, number) {
        return number(Math.round(ratio * 100)) + ' %';
    }

    /**
     * The track record in one sentence: over how many past windows, how far the P50 and the typed-in probabilities
     * (the weighted pipeline) were off on average, and how often the actual fell inside the band. Without a window
     * that had anything won to check against, says so. text is the gadget's messages, number the number format.
     */
    function record(summary, granularity, text, number) {
        var unit = granularity === 'month' ? 'months' : 'quarters';
        if (!summary || !summary.windows || summary.wapeP50 === null || summary.wapeP50 === undefined
                || summary.wapeWeighted === null || summary.wapeWeighted === undefined) {
            return text('sales-pipeline.gadget.forecast-range.track.none.' + unit);
        }
        var over = unit === 'months' ? text.count('sales-pipeline.gadget.forecast-range.track.months', summary.windows)
            : text.count('sales-pipeline.gadget.forecast-range.track.quarters', summary.windows);
        return text('sales-pipeline.gadget.forecast-range.track.sentence', over, wape(summary.wapeP50, number),
            wape(summary.wapeWeighted, number), number(summary.inBand), number(summary.windows));
    }

    return { GRANULARITY: GRANULARITY, scale: scale, place: place, record: record };
});
