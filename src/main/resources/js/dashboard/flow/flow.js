/*
 * Pipeline changes: a waterfall from Opening through the movements to Closing for this week, this month, this
 * quarter or chosen days, optionally for the deals closing this month or quarter. The periods and close windows are
 * the server's, in the pipeline's time zone and fiscal year; each bar opens its deals, a page at a time.
 */
define('sales-pipeline/dashboard/flow', [
    'sales-pipeline/dashboard/gadget', 'sales-pipeline/dashboard/format', 'sales-pipeline/common/dom', 'sales-pipeline/common/rest',
    'sales-pipeline/common/text', 'sales-pipeline/dashboard/waterfall'
], function (gadget, format, dom, rest, textHelpers, waterfall) {
    'use strict';

    var el = dom.el;

    /* Every message of this gadget, each named literally so that Jira's script i18n transformer can replace it. */
    var text = textHelpers.messages(function () {
        return {
            'sales-pipeline.gadget.flow.bar.opening': AJS.I18n.getText('sales-pipeline.gadget.flow.bar.opening'),
            'sales-pipeline.gadget.flow.bar.closing': AJS.I18n.getText('sales-pipeline.gadget.flow.bar.closing'),
            'sales-pipeline.gadget.flow.bar.created': AJS.I18n.getText('sales-pipeline.gadget.flow.bar.created'),
            'sales-pipeline.gadget.flow.bar.pulledIn': AJS.I18n.getText('sales-pipeline.gadget.flow.bar.pulledIn'),
            'sales-pipeline.gadget.flow.bar.reopened': AJS.I18n.getText('sales-pipeline.gadget.flow.bar.reopened'),
            'sales-pipeline.gadget.flow.bar.won': AJS.I18n.getText('sales-pipeline.gadget.flow.bar.won'),
            'sales-pipeline.gadget.flow.bar.lost': AJS.I18n.getText('sales-pipeline.gadget.flow.bar.lost'),
            'sales-pipeline.gadget.flow.bar.disqualified': AJS.I18n.getText('sales-pipeline.gadget.flow.bar.disqualified'),
            'sales-pipeline.gadget.flow.bar.pushedOut': AJS.I18n.getText('sales-pipeline.gadget.flow.bar.pushedOut'),
            'sales-pipeline.gadget.flow.bar.increased': AJS.I18n.getText('sales-pipeline.gadget.flow.bar.increased'),
            'sales-pipeline.gadget.flow.bar.decreased': AJS.I18n.getText('sales-pipeline.gadget.flow.bar.decreased'),
            'sales-pipeline.gadget.flow.deals.one': AJS.I18n.getText('sales-pipeline.gadget.flow.deals.one'),
            'sales-pipeline.gadget.flow.deals.other': AJS.I18n.getText('sales-pipeline.gadget.flow.deals.other'),
            'sales-pipeline.gadget.flow.identity': AJS.I18n.getText('sales-pipeline.gadget.flow.identity'),
            'sales-pipeline.gadget.flow.identity.deals': AJS.I18n.getText('sales-pipeline.gadget.flow.identity.deals'),
            'sales-pipeline.gadget.flow.kept': AJS.I18n.getText('sales-pipeline.gadget.flow.kept'),
            'sales-pipeline.gadget.flow.without-amount.none': AJS.I18n.getText('sales-pipeline.gadget.flow.without-amount.none'),
            'sales-pipeline.gadget.flow.without-amount.one': AJS.I18n.getText('sales-pipeline.gadget.flow.without-amount.one'),
            'sales-pipeline.gadget.flow.without-amount.other': AJS.I18n.getText('sales-pipeline.gadget.flow.without-amount.other'),
            'sales-pipeline.gadget.flow.empty': AJS.I18n.getText('sales-pipeline.gadget.flow.empty'),
            'sales-pipeline.gadget.flow.period.thisWeek': AJS.I18n.getText('sales-pipeline.gadget.flow.period.thisWeek'),
            'sales-pipeline.gadget.flow.period.thisMonth': AJS.I18n.getText('sales-pipeline.gadget.flow.period.thisMonth'),
            'sales-pipeline.gadget.flow.period.thisQuarter': AJS.I18n.getText('sales-pipeline.gadget.flow.period.thisQuarter'),
            'sales-pipeline.gadget.flow.period.custom': AJS.I18n.getText('sales-pipeline.gadget.flow.period.custom'),
            'sales-pipeline.gadget.flow.custom.missing': AJS.I18n.getText('sales-pipeline.gadget.flow.custom.missing'),
            'sales-pipeline.gadget.flow.first-day': AJS.I18n.getText('sales-pipeline.gadget.flow.first-day'),
            'sales-pipeline.gadget.flow.last-day': AJS.I18n.getText('sales-pipeline.gadget.flow.last-day'),
            'sales-pipeline.gadget.flow.window': AJS.I18n.getText('sales-pipeline.gadget.flow.window'),
            'sales-pipeline.gadget.flow.window.none': AJS.I18n.getText('sales-pipeline.gadget.flow.window.none'),
            'sales-pipeline.gadget.flow.window.closingThisMonth': AJS.I18n.getText('sales-pipeline.gadget.flow.window.closingThisMonth'),
            'sales-pipeline.gadget.flow.window.closingThisQuarter': AJS.I18n.getText('sales-pipeline.gadget.flow.window.closingThisQuarter'),
            'sales-pipeline.gadget.flow.window.description': AJS.I18n.getText('sales-pipeline.gadget.flow.window.description'),
            'sales-pipeline.gadget.flow.context.window': AJS.I18n.getText('sales-pipeline.gadget.flow.context.window'),
            'sales-pipeline.gadget.flow.list.title': AJS.I18n.getText('sales-pipeline.gadget.flow.list.title'),
            'sales-pipeline.gadget.flow.list.empty': AJS.I18n.getText('sales-pipeline.gadget.flow.list.empty'),
            'sales-pipeline.gadget.flow.list.close': AJS.I18n.getText('sales-pipeline.gadget.flow.list.close'),
            'sales-pipeline.gadget.flow.list.next': AJS.I18n.getText('sales-pipeline.gadget.flow.list.next'),
            'sales-pipeline.gadget.flow.list.previous': AJS.I18n.getText('sales-pipeline.gadget.flow.list.previous'),
            'sales-pipeline.gadget.flow.list.before': AJS.I18n.getText('sales-pipeline.gadget.flow.list.before'),
            'sales-pipeline.gadget.flow.list.after': AJS.I18n.getText('sales-pipeline.gadget.flow.list.after'),
            'sales-pipeline.gadget.flow.list.no-date': AJS.I18n.getText('sales-pipeline.gadget.flow.list.no-date')
        };
    });

    /** The periods offered, by their keys in the server's periods answer, and the chosen days. */
    var PERIODS = ['thisWeek', 'thisMonth', 'thisQuarter', 'custom'];
    /** The close windows offered, by their keys in the server's periods answer ('' for none). */
    var WINDOWS = ['', 'closingThisMonth', 'closingThisQuarter'];
    /** Deals a list shows at a time. */
    var PAGE = 20;

    function periodOf(settings) {
        return PERIODS.indexOf(settings.period) >= 0 ? settings.period : 'thisWeek';
    }

    /** The period and close window the server answers for the settings; chosen days without both days stop here. */
    function range(settings, path) {
        var chosen = periodOf(settings);
        var custom = chosen === 'custom';
        if (custom && (!settings.firstDay || !settings.lastDay)) {
            return Promise.reject({ errors: [{ field: 'firstDay', message: text('sales-pipeline.gadget.flow.custom.missing') }] });
        }
        return rest.get(path + 'periods', custom ? { firstDay: settings.firstDay, lastDay: settings.lastDay } : {})
            .then(function (answer) {
                var found = answer.periods.filter(function (p) { return p.key === chosen; })[0];
                var window = answer.closeWindows.filter(function (w) { return w.key === settings.window; })[0] || null;
                return { from: found.from, to: found.to, at: answer.at, first: found.firstDay, last: found.lastDay,
                    label: found.label, window: window };
            });
    }

    function params(range, settings) {
        return { from: range.from, to: range.to, closeFrom: range.window ? range.window.closeFrom : null,
            closeTo: range.window ? range.window.closeTo : null, owner: settings.owner };
    }

    function periodText(range) {
        var period = range.label + ', ' + format.dayRange(range.first, range.last);
        return range.window ? period + ' \u00b7 ' + text('sales-pipeline.gadget.flow.context.window', range.window.label,
            format.dayRange(range.window.closeFrom, range.window.lastDay)) : period;
    }

    function barName(kind) {
        return text('sales-pipeline.gadget.flow.bar.' + kind);
    }

    /** One bar: a button with its name, value and count, and its span on the running total. */
    function barRow(bar, top, currency, open) {
        var where = waterfall.span(bar, top);
        var signed = bar.group === 'total' ? '' : bar.sign > 0 ? '+' : '\u2212';
        var button = el('button.sp-flow-bar.sp-flow-' + bar.group, {
            type: 'button', 'data-kind': bar.kind, 'data-value': bar.value, 'data-deals': bar.deals === null ? '' : bar.deals,
            'data-start': bar.start, 'data-end': bar.end
        }, [
            el('span.sp-flow-head', [
                el('span.sp-flow-name', barName(bar.kind)),
                el('span.sp-flow-figures', [
                    el('span.sp-num.sp-flow-value', signed + format.money(bar.value, currency)),
                    bar.deals === null ? null : el('span.sp-flow-count', text.count('sales-pipeline.gadget.flow.deals', bar.deals))
                ])
            ]),
            el('span.sp-flow-track', where.width > 0 ? el('span.sp-flow-span', {
                style: 'inset-inline-start:' + where.offset + '%;width:' + where.width + '%'
            }) : null)
        ]);
        button.addEventListener('click', function () { open(bar.kind); });
        return el('li', button);
    }

    function state(stage, outcome, names) {
        if (outcome) {
            return format.text('sales-pipeline.gadget.outcomes.' + outcome.toLowerCase());
        }
        return stage ? names[stage] || stage : '';
    }

    function dealRow(deal, currency, names) {
        var when = function (date) { return date ? format.date(date) : text('sales-pipeline.gadget.flow.list.no-date'); };
        return el('tr', { 'data-key': deal.key }, [
            el('td.sp-deal', [
                el('div', [el('a', { href: gadget.issueLink(deal.key) }, deal.key), ' ', el('span.sp-summary', deal.summary)]),
                el('div.sp-caption', [el('span.sp-owner', deal.owner || format.text('sales-pipeline.gadget.unassigned'))])
            ]),
            el('td.sp-before', [el('div.sp-num.sp-amount-before', format.money(deal.amountBefore, currency)),
                el('div.sp-caption', [when(deal.closeDateBefore), ' \u00b7 ', state(deal.stageBefore, deal.outcomeBefore, names)])]),
            el('td.sp-after', [el('div.sp-num.sp-amount-after', format.money(deal.amountAfter, currency)),
                el('div.sp-caption', [when(deal.closeDateAfter), ' \u00b7 ', state(deal.stageAfter, deal.outcomeAfter, names)])])
        ]);
    }

    /** The list behind a bar: Opening and Closing have none of their own; Opening is the kept and left, and so on. */
    function listsOf(kind) {
        if (kind === 'opening') {
            return ['kept', 'won', 'lost', 'disqualified', 'pushedOut'];
        }
        if (kind === 'closing') {
            return ['kept', 'created', 'pulledIn', 'reopened'];
        }
        return [kind];
    }

    function render(data, pipeline, settings, more, range, view) {
        var currency = pipeline ? pipeline.currency : 'USD';
        var names = {};
        (pipeline ? pipeline.stages : []).forEach(function (s) { names[s.key] = s.name; });
        var bars = waterfall.bars(data);
        var top = waterfall.scale(bars);
        var sums = waterfall.sums(data);
        var listArea = el('div.sp-flow-list');
        var path = rest.project(settings.project) + '/flow/deals';

        function show(kind, start) {
            var lists = listsOf(kind);
            var query = Object.assign({}, params(range, settings), { start: start, limit: PAGE });
            // A total's deals come in its movements' lists, one page of each.
            return Promise.all(lists.map(function (list) {
                return rest.get(path, Object.assign({ kind: list }, query));
            })).then(function (answers) {
                var deals = [];
                answers.forEach(function (answer) { deals = deals.concat(answer.deals); });
                var full = answers.some(function (answer) { return answer.deals.length === PAGE; });
                var close = el('button.aui-button.aui-button-link.sp-flow-list-close', { type: 'button' },
                    text('sales-pipeline.gadget.flow.list.close'));
                var previous = start > 0 ? el('button.aui-button.aui-button-link.sp-flow-previous', { type: 'button' },
                    text('sales-pipeline.gadget.flow.list.previous')) : null;
                var next = full ? el('button.aui-button.aui-button-link.sp-flow-next', { type: 'button' },
                    text('sales-pipeline.gadget.flow.list.next', PAGE)) : null;
                close.addEventListener('click', function () { dom.clear(listArea); listArea.removeAttribute('data-kind'); view.resize(); });
                if (previous) {
                    previous.addEventListener('click', function () { show(kind, Math.max(0, start - PAGE)); });
                }
                if (next) {
                    next.addEventListener('click', function () { show(kind, start + PAGE); });
                }
                listArea.setAttribute('data-kind', kind);
                listArea.setAttribute('data-start', start);
                dom.replace(listArea, [
                    el('h4', text('sales-pipeline.gadget.flow.list.title', barName(kind), start + 1, start + deals.length)),
                    deals.length ? el('table.aui.sp-table', [
                        el('thead', el('tr', [el('th', format.text('sales-pipeline.gadget.deal')),
                            el('th', text('sales-pipeline.gadget.flow.list.before')),
                            el('th', text('sales-pipeline.gadget.flow.list.after'))])),
                        el('tbody', deals.map(function (deal) { return dealRow(deal, currency, names); }))
                    ]) : el('p.sp-empty', text('sales-pipeline.gadget.flow.list.empty')),
                    el('p.sp-actions.sp-flow-pages', [previous, next, close])
                ]);
                view.resize();
            }).catch(function (error) {
                dom.replace(listArea, el('p.sp-error', format.text('sales-pipeline.gadget.failed', rest.messagesOf(error).join(' '))));
                view.resize();
            });
        }

        var money = function (value) { return format.money(value, currency); };
        return [
            el('ol.sp-flow-chart', { 'data-identity': waterfall.identity(data) ? 'holds' : 'broken' },
                bars.map(function (bar) { return barRow(bar, top, currency, function (kind) { show(kind, 0); }); })),
            el('p.sp-flow-identity', { 'data-opening': sums.opening, 'data-left': sums.left, 'data-entered': sums.entered,
                'data-increased': sums.increased, 'data-decreased': sums.decreased, 'data-closing': sums.closing },
                text('sales-pipeline.gadget.flow.identity', money(sums.opening), money(sums.left), money(sums.entered),
                    money(sums.increased), money(sums.decreased), money(sums.closing))),
            el('p.sp-caption.sp-flow-identity-deals', text('sales-pipeline.gadget.flow.identity.deals',
                format.number(sums.openingDeals), format.number(sums.leftDeals), format.number(sums.enteredDeals),
                format.number(sums.closingDeals))),
            el('p.sp-caption.sp-flow-kept', text('sales-pipeline.gadget.flow.kept',
                format.number((data.movements.filter(function (m) { return m.kind === 'kept'; })[0] || { deals: 0 }).deals))),
            el('p.sp-caption.sp-flow-without-amount', { 'data-deals': data.dealsWithoutAmount }, data.dealsWithoutAmount
                ? text.count('sales-pipeline.gadget.flow.without-amount', data.dealsWithoutAmount)
                : text('sales-pipeline.gadget.flow.without-amount.none')),
            listArea
        ];
    }

    /** The settings form's own controls: the period (with its days when chosen) and the close window. */
    function fields(settings, field) {
        var chosen = periodOf(settings);
        var periodSelect = el('select.select.sp-flow-period', { id: 'sp-period-flow', name: 'period' }, PERIODS.map(function (key) {
            return el('option', { value: key, selected: key === chosen }, text('sales-pipeline.gadget.flow.period.' + key));
        }));
        var days = el('div.sp-flow-days', { hidden: chosen !== 'custom' }, [
            field(text('sales-pipeline.gadget.flow.first-day'), 'sp-first-day-flow',
                el('input.text.sp-flow-first-day', { id: 'sp-first-day-flow', name: 'firstDay', type: 'date', value: settings.firstDay })),
            field(text('sales-pipeline.gadget.flow.last-day'), 'sp-last-day-flow',
                el('input.text.sp-flow-last-day', { id: 'sp-last-day-flow', name: 'lastDay', type: 'date', value: settings.lastDay }))
        ]);
        periodSelect.addEventListener('change', function () { days.hidden = periodSelect.value !== 'custom'; });
        return [
            field(format.text('sales-pipeline.gadget.period'), 'sp-period-flow', periodSelect),
            days,
            field(text('sales-pipeline.gadget.flow.window'), 'sp-window-flow',
                el('select.select.sp-flow-window', { id: 'sp-window-flow', name: 'window' }, WINDOWS.map(function (key) {
                    return el('option', { value: key, selected: key === settings.window },
                        text(key ? 'sales-pipeline.gadget.flow.window.' + key : 'sales-pipeline.gadget.flow.window.none'));
                })), text('sales-pipeline.gadget.flow.window.description'))
        ];
    }

    function read(form) {
        var custom = form.elements.period.value === 'custom';
        return { period: form.elements.period.value, window: form.elements.window.value,
            firstDay: custom ? form.elements.firstDay.value : '', lastDay: custom ? form.elements.lastDay.value : '' };
    }

    return gadget.define({
        name: 'flow',
        metric: 'flow',
        scope: 'past',
        preferences: ['period', 'window', 'firstDay', 'lastDay'],
        range: range,
        params: params,
        periodText: periodText,
        fields: fields,
        read: read,
        isEmpty: function (data) { return !data.opening.deals && !data.closing.deals; },
        empty: 'sales-pipeline.gadget.flow.empty',
        text: text,
        render: render
    });
});
