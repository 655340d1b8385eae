/*
 * Forecast range: for this quarter or this month of the pipeline's fiscal calendar, the band P10–P90 of what will be
 * won with its P50 marked, the won so far, the weighted pipeline and the calibrated weighted, and the open deals
 * that carry the forecast; beneath, the track record of past quarters or months in plain words. The window, the
 * figures and the record are the server's.
 */
define('sales-pipeline/dashboard/forecast-range', [
    'sales-pipeline/dashboard/gadget', 'sales-pipeline/dashboard/format', 'sales-pipeline/common/dom', 'sales-pipeline/common/rest',
    'sales-pipeline/common/text', 'sales-pipeline/dashboard/band'
], function (gadget, format, dom, rest, textHelpers, band) {
    'use strict';

    var el = dom.el;

    /* Every message of this gadget, each named literally so that Jira's script i18n transformer can replace it. */
    var text = textHelpers.messages(function () {
        return {
            'sales-pipeline.gadget.forecast-range.period.thisQuarter': AJS.I18n.getText('sales-pipeline.gadget.forecast-range.period.thisQuarter'),
            'sales-pipeline.gadget.forecast-range.period.thisMonth': AJS.I18n.getText('sales-pipeline.gadget.forecast-range.period.thisMonth'),
            'sales-pipeline.gadget.forecast-range.band': AJS.I18n.getText('sales-pipeline.gadget.forecast-range.band'),
            'sales-pipeline.gadget.forecast-range.won-so-far': AJS.I18n.getText('sales-pipeline.gadget.forecast-range.won-so-far'),
            'sales-pipeline.gadget.forecast-range.weighted': AJS.I18n.getText('sales-pipeline.gadget.forecast-range.weighted'),
            'sales-pipeline.gadget.forecast-range.calibrated': AJS.I18n.getText('sales-pipeline.gadget.forecast-range.calibrated'),
            'sales-pipeline.gadget.forecast-range.open-deals': AJS.I18n.getText('sales-pipeline.gadget.forecast-range.open-deals'),
            'sales-pipeline.gadget.forecast-range.open-deals.board': AJS.I18n.getText('sales-pipeline.gadget.forecast-range.open-deals.board'),
            'sales-pipeline.gadget.forecast-range.track.quarters.one': AJS.I18n.getText('sales-pipeline.gadget.forecast-range.track.quarters.one'),
            'sales-pipeline.gadget.forecast-range.track.quarters.other': AJS.I18n.getText('sales-pipeline.gadget.forecast-range.track.quarters.other'),
            'sales-pipeline.gadget.forecast-range.track.months.one': AJS.I18n.getText('sales-pipeline.gadget.forecast-range.track.months.one'),
            'sales-pipeline.gadget.forecast-range.track.months.other': AJS.I18n.getText('sales-pipeline.gadget.forecast-range.track.months.other'),
            'sales-pipeline.gadget.forecast-range.track.sentence': AJS.I18n.getText('sales-pipeline.gadget.forecast-range.track.sentence'),
            'sales-pipeline.gadget.forecast-range.track.none.quarters': AJS.I18n.getText('sales-pipeline.gadget.forecast-range.track.none.quarters'),
            'sales-pipeline.gadget.forecast-range.track.none.months': AJS.I18n.getText('sales-pipeline.gadget.forecast-range.track.none.months')
        };
    });

    /** The windows offered, by their keys in the server's periods answer. */
    var PERIODS = ['thisQuarter', 'thisMonth'];

    function periodOf(settings) {
        return PERIODS.indexOf(settings.period) >= 0 ? settings.period : 'thisQuarter';
    }

    /** The window the server's calendar names for the settings, with the track record's granularity. */
    function range(settings, path) {
        var chosen = periodOf(settings);
        return rest.get(path + 'periods').then(function (answer) {
            var found = answer.periods.filter(function (p) { return p.key === chosen; })[0];
            return { from: found.from, to: found.to, at: answer.at, first: found.firstDay, last: found.lastDay,
                label: found.label, granularity: band.GRANULARITY[chosen] };
        });
    }

    function params(range, settings) {
        return { from: range.from, to: range.to, at: range.at, owner: settings.owner };
    }

    function periodText(range) {
        return range.label + ', ' + format.dayRange(range.first, range.last);
    }

    function figure(cssClass, label, value, data) {
        return el('div.sp-fr-figure.' + cssClass, data || {}, [el('dt', label), el('dd', value)]);
    }

    function render(data, pipeline, settings, more, range) {
        var currency = pipeline ? pipeline.currency : 'USD';
        var money = function (value) { return el('bdi.sp-num', format.money(value, currency)); };
        var track = more[0];
        var where = band.place(data, band.scale(data));
        return [
            el('div.sp-fr-chart', { 'data-p10': data.p10, 'data-p50': data.p50, 'data-p90': data.p90,
                'data-won': data.wonSoFar, 'data-method': data.method }, [
                el('p.sp-fr-band-text', text('sales-pipeline.gadget.forecast-range.band')),
                el('div.sp-fr-track', [
                    el('span.sp-fr-band', { style: 'inset-inline-start:' + where.offset + '%;width:' + where.width + '%' }),
                    el('span.sp-fr-p50-mark', { style: 'inset-inline-start:' + where.p50 + '%' }),
                    el('span.sp-fr-won-mark', { style: 'inset-inline-start:' + where.won + '%' })
                ]),
                el('p.sp-fr-quantiles', [
                    el('span.sp-fr-p10', ['P10 ', money(data.p10)]),
                    el('span.sp-fr-p50', ['P50 ', money(data.p50)]),
                    el('span.sp-fr-p90', ['P90 ', money(data.p90)])
                ])
            ]),
            el('dl.sp-fr-figures', [
                figure('sp-fr-won', text('sales-pipeline.gadget.forecast-range.won-so-far'), money(data.wonSoFar)),
                figure('sp-fr-weighted', text('sales-pipeline.gadget.forecast-range.weighted'), money(data.weightedPipeline)),
                figure('sp-fr-calibrated', text('sales-pipeline.gadget.forecast-range.calibrated'), money(data.calibratedWeighted)),
                figure('sp-fr-open', text('sales-pipeline.gadget.forecast-range.open-deals'),
                    el('a.sp-fr-open-link', { href: gadget.boardUrl(settings.project),
                        title: text('sales-pipeline.gadget.forecast-range.open-deals.board') },
                        el('bdi.sp-num', format.number(data.openDeals))), { 'data-deals': data.openDeals })
            ]),
            el('p.sp-caption.sp-fr-record', { 'data-granularity': range.granularity },
                band.record(track && track.summary, range.granularity, text, format.number))
        ];
    }

    /** The settings form's own control: the window. */
    function fields(settings, field) {
        var chosen = periodOf(settings);
        return [field(format.text('sales-pipeline.gadget.period'), 'sp-period-forecast-range',
            el('select.select.sp-fr-period', { id: 'sp-period-forecast-range', name: 'period' }, PERIODS.map(function (key) {
                return el('option', { value: key, selected: key === chosen }, text('sales-pipeline.gadget.forecast-range.period.' + key));
            })))];
    }

    function read(form) {
        return { period: form.elements.period.value };
    }

    return gadget.define({
        name: 'forecast-range',
        metric: 'forecast-range',
        scope: 'next',
        csv: false,
        preferences: ['period'],
        range: range,
        params: params,
        also: [{ metric: 'forecast-range/backtest', params: function (range, settings) {
            return { granularity: range.granularity, owner: settings.owner };
        } }],
        periodText: periodText,
        fields: fields,
        read: read,
        text: text,
        render: render
    });
});
