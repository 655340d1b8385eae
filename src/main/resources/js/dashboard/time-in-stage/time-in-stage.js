/*
 * Time in stage: per open stage how long the stays that ended in the period lasted (median, mean, how many),
 * against the stage's rot threshold; the bottleneck the server names is marked. Beside each stage its conversion
 * from the funnel of the same period and owner, which counts other deals: those created in the period.
 */
define('sales-pipeline/dashboard/time-in-stage', [
    'sales-pipeline/dashboard/gadget', 'sales-pipeline/dashboard/format', 'sales-pipeline/common/dom', 'sales-pipeline/common/text'
], function (gadget, format, dom, textHelpers) {
    'use strict';

    var el = dom.el;

    /* Every message of this gadget, each named literally so that Jira's script i18n transformer can replace it. */
    var text = textHelpers.messages(function () {
        return {
            'sales-pipeline.gadget.time-in-stage.badge': AJS.I18n.getText('sales-pipeline.gadget.time-in-stage.badge'),
            'sales-pipeline.gadget.time-in-stage.empty': AJS.I18n.getText('sales-pipeline.gadget.time-in-stage.empty'),
            'sales-pipeline.gadget.time-in-stage.bottleneck': AJS.I18n.getText('sales-pipeline.gadget.time-in-stage.bottleneck'),
            'sales-pipeline.gadget.time-in-stage.mean.one': AJS.I18n.getText('sales-pipeline.gadget.time-in-stage.mean.one'),
            'sales-pipeline.gadget.time-in-stage.mean.other': AJS.I18n.getText('sales-pipeline.gadget.time-in-stage.mean.other'),
            'sales-pipeline.gadget.time-in-stage.median.one': AJS.I18n.getText('sales-pipeline.gadget.time-in-stage.median.one'),
            'sales-pipeline.gadget.time-in-stage.median.other': AJS.I18n.getText('sales-pipeline.gadget.time-in-stage.median.other'),
            'sales-pipeline.gadget.time-in-stage.no-bottleneck': AJS.I18n.getText('sales-pipeline.gadget.time-in-stage.no-bottleneck'),
            'sales-pipeline.gadget.time-in-stage.no-median': AJS.I18n.getText('sales-pipeline.gadget.time-in-stage.no-median'),
            'sales-pipeline.gadget.time-in-stage.rot.one': AJS.I18n.getText('sales-pipeline.gadget.time-in-stage.rot.one'),
            'sales-pipeline.gadget.time-in-stage.rot.other': AJS.I18n.getText('sales-pipeline.gadget.time-in-stage.rot.other'),
            'sales-pipeline.gadget.time-in-stage.stays.one': AJS.I18n.getText('sales-pipeline.gadget.time-in-stage.stays.one'),
            'sales-pipeline.gadget.time-in-stage.stays.other': AJS.I18n.getText('sales-pipeline.gadget.time-in-stage.stays.other'),
            'sales-pipeline.gadget.time-in-stage.went-on': AJS.I18n.getText('sales-pipeline.gadget.time-in-stage.went-on'),
            'sales-pipeline.gadget.time-in-stage.went-on.note': AJS.I18n.getText('sales-pipeline.gadget.time-in-stage.went-on.note')
        };
    });

    /* The bar's track spans twice the rot threshold, so the mark at its middle is the threshold itself. */
    var TRACK_ROTS = 2;

    function stay(stage, bottleneck, conversions) {
        var isBottleneck = stage.key === bottleneck;
        var over = stage.medianOverRotDays !== null && stage.medianOverRotDays > 1;
        return el('li.sp-stay' + (isBottleneck ? '.sp-bottleneck' : ''), {
            'data-key': stage.key, 'data-stays': stage.stays, 'data-median': stage.medianDays === null ? '' : stage.medianDays,
            'data-bottleneck': isBottleneck ? 'true' : null
        }, [
            el('div.sp-stay-head', [
                el('span.sp-stay-name', [stage.name, isBottleneck ? el('span.sp-badge', text('sales-pipeline.gadget.time-in-stage.badge')) : null]),
                el('span.sp-stay-median', stage.medianDays === null ? text('sales-pipeline.gadget.time-in-stage.no-median')
                    : text.count('sales-pipeline.gadget.time-in-stage.median', stage.medianDays))
            ]),
            el('div.sp-rot-track', [gadget.bar(stage.medianOverRotDays / TRACK_ROTS, over ? '.sp-bar-lost' : ''), el('span.sp-rot-mark')]),
            el('div.sp-stay-facts.sp-caption', [
                stage.meanDays === null ? null : el('span.sp-mean', text.count('sales-pipeline.gadget.time-in-stage.mean', stage.meanDays)),
                el('span.sp-stays', text.count('sales-pipeline.gadget.time-in-stage.stays', stage.stays)),
                el('span.sp-rot', text.count('sales-pipeline.gadget.time-in-stage.rot', stage.rotDays)),
                el('span.sp-went-on', { 'data-conversion': conversions[stage.key] === undefined || conversions[stage.key] === null
                    ? '' : conversions[stage.key] }, text('sales-pipeline.gadget.time-in-stage.went-on', format.percent(conversions[stage.key])))
            ])
        ]);
    }

    function render(data, pipeline, settings, more) {
        var conversions = {};
        more[0].stages.forEach(function (stage) { conversions[stage.key] = stage.conversion; });
        var bottleneck = data.stages.filter(function (stage) { return stage.key === data.bottleneck; })[0];
        return [
            el('p.sp-bottleneck-line', { 'data-bottleneck': data.bottleneck || '' }, bottleneck
                ? text('sales-pipeline.gadget.time-in-stage.bottleneck', bottleneck.name, format.number(bottleneck.medianOverRotDays, 1))
                : text('sales-pipeline.gadget.time-in-stage.no-bottleneck')),
            el('ol.sp-stays', data.stages.map(function (stage) { return stay(stage, data.bottleneck, conversions); })),
            el('p.sp-caption.sp-went-on-note', text('sales-pipeline.gadget.time-in-stage.went-on.note'))
        ];
    }

    function periodOf(range, settings) {
        return { from: range.from, to: range.to, owner: settings.owner };
    }

    return gadget.define({
        name: 'time-in-stage',
        metric: 'time-in-stage',
        scope: 'past',
        params: periodOf,
        also: [{ metric: 'funnel', params: periodOf }],
        isEmpty: function (data) { return data.stages.every(function (stage) { return !stage.stays; }); },
        empty: 'sales-pipeline.gadget.time-in-stage.empty',
        text: text,
        render: render
    });
});
