/* Win/loss and disqualification in the period, with the reasons deals were lost or disqualified. */
define('sales-pipeline/dashboard/outcomes', ['sales-pipeline/dashboard/gadget', 'sales-pipeline/dashboard/format', 'sales-pipeline/common/dom',
    'sales-pipeline/dashboard/drilldown'],
    function (gadget, format, dom, drilldown) {
        'use strict';

        var el = dom.el;

        function reasons(title, list, deals) {
            if (!list.length) {
                return null;
            }
            var most = list[0].count;
            return [el('h4', format.text(title)), el('ul.sp-reasons', list.map(function (r) {
                return el('li', { 'data-reason': r.reason || '', 'data-count': r.count }, [
                    el('span.sp-reason', r.reason || format.text('sales-pipeline.gadget.outcomes.no-reason')),
                    el('span.sp-num', el('a.sp-drill', { href: deals(r.reason) }, format.number(r.count))),
                    gadget.bar(r.count / most, '.sp-bar-lost')
                ]);
            }))];
        }

        function kpi(name, value, valueClass, label, href) {
            return el('div.sp-kpi', { 'data-kpi': name, 'data-value': value }, [
                el('div.sp-kpi-value' + valueClass, el('a.sp-drill', { href: href }, format.number(value))),
                el('div.sp-kpi-label', format.text(label))]);
        }

        function render(data, pipeline, settings, more, range) {
            function deals(outcome) {
                return function (reason) {
                    return drilldown.url(drilldown.outcome(settings.project, outcome, range.from, range.to, reason, settings.owner));
                };
            }
            return [
                el('div.sp-kpis', [
                    kpi('won', data.won, '.sp-won', 'sales-pipeline.gadget.outcomes.won', deals('WON')()),
                    kpi('lost', data.lost, '.sp-lost', 'sales-pipeline.gadget.outcomes.lost', deals('LOST')()),
                    kpi('disqualified', data.disqualified, '', 'sales-pipeline.gadget.outcomes.disqualified', deals('DISQUALIFIED')())
                ]),
                el('p.sp-caption.sp-win-rate', { 'data-win-rate': data.winRate, title: format.text('sales-pipeline.gadget.win-rate.definition') },
                    format.text('sales-pipeline.gadget.outcomes.win-rate', format.percent(data.winRate))),
                reasons('sales-pipeline.gadget.outcomes.lost-reasons', data.lostReasons, deals('LOST')),
                reasons('sales-pipeline.gadget.outcomes.disqualified-reasons', data.disqualifiedReasons, deals('DISQUALIFIED')),
                data.medianDaysToDisqualify === null ? null : el('p.sp-caption',
                    format.count('sales-pipeline.gadget.outcomes.median-disqualify', data.medianDaysToDisqualify))
            ];
        }

        return gadget.define({
            name: 'outcomes',
            metric: 'outcomes',
            scope: 'past',
            params: function (range, settings) { return { from: range.from, to: range.to, owner: settings.owner }; },
            isEmpty: function (data) { return !data.won && !data.lost && !data.disqualified; },
            empty: 'sales-pipeline.gadget.outcomes.empty',
            emptyOwner: 'sales-pipeline.gadget.outcomes.empty.owner',
            render: render
        });
    });
