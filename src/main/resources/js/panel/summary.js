/* The top of the deal panel: owner, expected close date and how often it was pushed out, amount, weighted value, win probability and days in stage. */
define('sales-pipeline/panel/summary',
    ['sales-pipeline/common/dom', 'sales-pipeline/common/text', 'sales-pipeline/common/time', 'sales-pipeline/panel/common'],
    function (dom, format, time, common) {
        'use strict';

        var el = dom.el;
        var text = common.text;

        function fact(name, label, value) {
            return el('div.sp-fact', { 'data-fact': name }, [el('dt', label), el('dd', value)]);
        }

        function days(deal) {
            var value = [format.number(deal.daysInStage, 1)];
            if (deal.rotting) {
                value.push(' ', el('span.aui-lozenge.aui-lozenge-error.sp-rot', { title: text('sales-pipeline.panel.rotting.title', deal.rotDays) },
                    text('sales-pipeline.panel.rotting')));
            }
            var dd = el('span.sp-days', { title: deal.enteredAt ? text('sales-pipeline.panel.days.since', time.dateTime(deal.enteredAt)) : null },
                value);
            return fact('days', text('sales-pipeline.panel.days'), dd);
        }

        function render(deal) {
            var facts = [fact('owner', text('sales-pipeline.panel.owner'),
                deal.ownerName || deal.owner || text('sales-pipeline.panel.owner.none'))];
            if (deal.expectedClose !== undefined) {
                facts.push(fact('close', text('sales-pipeline.panel.close'), deal.expectedClose ? time.date(deal.expectedClose) : format.DASH));
            }
            if (deal.closeDatePushes > 0) {
                facts.push(fact('pushes', text('sales-pipeline.panel.pushes'), text.count('sales-pipeline.panel.pushes.count',
                    deal.closeDatePushes)));
            }
            facts.push(fact('amount', text('sales-pipeline.panel.amount'), format.money(deal.amount, deal.currency)));
            facts.push(fact('weighted', text('sales-pipeline.panel.weighted'), format.money(deal.weightedValue, deal.currency)));
            facts.push(fact('probability', text('sales-pipeline.panel.probability'), deal.probability + ' %'));
            if (deal.daysInStage !== null && deal.daysInStage !== undefined) {
                facts.push(days(deal));
            }
            return el('dl.sp-facts', facts);
        }

        return { render: render };
    });
