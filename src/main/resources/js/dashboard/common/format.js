/* Text helpers of the gadgets: their messages, number and date formats. */
define('sales-pipeline/dashboard/format', ['sales-pipeline/common/text', 'sales-pipeline/common/time'], function (textHelpers, time) {
    'use strict';

    /* Every message of the gadgets, each named literally so that Jira's script i18n transformer can replace it. */
    function messages() {
        return {
            'sales-pipeline.gadget.amount': AJS.I18n.getText('sales-pipeline.gadget.amount'),
            'sales-pipeline.language.label': AJS.I18n.getText('sales-pipeline.language.label'),
            'sales-pipeline.language.jira': AJS.I18n.getText('sales-pipeline.language.jira'),
            'sales-pipeline.language.en': AJS.I18n.getText('sales-pipeline.language.en'),
            'sales-pipeline.language.he': AJS.I18n.getText('sales-pipeline.language.he'),
            'sales-pipeline.gadget.cancel': AJS.I18n.getText('sales-pipeline.gadget.cancel'),
            'sales-pipeline.gadget.context.last-days': AJS.I18n.getText('sales-pipeline.gadget.context.last-days'),
            'sales-pipeline.gadget.context.next-days': AJS.I18n.getText('sales-pipeline.gadget.context.next-days'),
            'sales-pipeline.gadget.context.now': AJS.I18n.getText('sales-pipeline.gadget.context.now'),
            'sales-pipeline.gadget.context.owner': AJS.I18n.getText('sales-pipeline.gadget.context.owner'),
            'sales-pipeline.gadget.csv': AJS.I18n.getText('sales-pipeline.gadget.csv'),
            'sales-pipeline.gadget.board': AJS.I18n.getText('sales-pipeline.gadget.board'),
            'sales-pipeline.gadget.deal': AJS.I18n.getText('sales-pipeline.gadget.deal'),
            'sales-pipeline.gadget.deals': AJS.I18n.getText('sales-pipeline.gadget.deals'),
            'sales-pipeline.gadget.failed': AJS.I18n.getText('sales-pipeline.gadget.failed'),
            'sales-pipeline.gadget.forecast.empty': AJS.I18n.getText('sales-pipeline.gadget.forecast.empty'),
            'sales-pipeline.gadget.forecast.empty.owner': AJS.I18n.getText('sales-pipeline.gadget.forecast.empty.owner'),
            'sales-pipeline.gadget.forecast.month': AJS.I18n.getText('sales-pipeline.gadget.forecast.month'),
            'sales-pipeline.gadget.forecast.no-months': AJS.I18n.getText('sales-pipeline.gadget.forecast.no-months'),
            'sales-pipeline.gadget.forecast.no-months.owner': AJS.I18n.getText('sales-pipeline.gadget.forecast.no-months.owner'),
            'sales-pipeline.gadget.forecast.slipped.one': AJS.I18n.getText('sales-pipeline.gadget.forecast.slipped.one'),
            'sales-pipeline.gadget.forecast.slipped.other': AJS.I18n.getText('sales-pipeline.gadget.forecast.slipped.other'),
            'sales-pipeline.gadget.forecast.was-due': AJS.I18n.getText('sales-pipeline.gadget.forecast.was-due'),
            'sales-pipeline.gadget.funnel.cohort.one': AJS.I18n.getText('sales-pipeline.gadget.funnel.cohort.one'),
            'sales-pipeline.gadget.funnel.cohort.other': AJS.I18n.getText('sales-pipeline.gadget.funnel.cohort.other'),
            'sales-pipeline.gadget.funnel.conversion': AJS.I18n.getText('sales-pipeline.gadget.funnel.conversion'),
            'sales-pipeline.gadget.funnel.created-to-won': AJS.I18n.getText('sales-pipeline.gadget.funnel.created-to-won'),
            'sales-pipeline.gadget.funnel.created-to-won.definition': AJS.I18n.getText('sales-pipeline.gadget.funnel.created-to-won.definition'),
            'sales-pipeline.gadget.funnel.empty': AJS.I18n.getText('sales-pipeline.gadget.funnel.empty'),
            'sales-pipeline.gadget.not-configured': AJS.I18n.getText('sales-pipeline.gadget.not-configured'),
            'sales-pipeline.gadget.outcomes.disqualified': AJS.I18n.getText('sales-pipeline.gadget.outcomes.disqualified'),
            'sales-pipeline.gadget.outcomes.disqualified-reasons': AJS.I18n.getText('sales-pipeline.gadget.outcomes.disqualified-reasons'),
            'sales-pipeline.gadget.outcomes.empty': AJS.I18n.getText('sales-pipeline.gadget.outcomes.empty'),
            'sales-pipeline.gadget.outcomes.empty.owner': AJS.I18n.getText('sales-pipeline.gadget.outcomes.empty.owner'),
            'sales-pipeline.gadget.outcomes.lost': AJS.I18n.getText('sales-pipeline.gadget.outcomes.lost'),
            'sales-pipeline.gadget.outcomes.lost-reasons': AJS.I18n.getText('sales-pipeline.gadget.outcomes.lost-reasons'),
            'sales-pipeline.gadget.outcomes.median-disqualify.one': AJS.I18n.getText('sales-pipeline.gadget.outcomes.median-disqualify.one'),
            'sales-pipeline.gadget.outcomes.median-disqualify.other': AJS.I18n.getText('sales-pipeline.gadget.outcomes.median-disqualify.other'),
            'sales-pipeline.gadget.outcomes.no-reason': AJS.I18n.getText('sales-pipeline.gadget.outcomes.no-reason'),
            'sales-pipeline.gadget.outcomes.win-rate': AJS.I18n.getText('sales-pipeline.gadget.outcomes.win-rate'),
            'sales-pipeline.gadget.outcomes.won': AJS.I18n.getText('sales-pipeline.gadget.outcomes.won'),
            'sales-pipeline.gadget.owner': AJS.I18n.getText('sales-pipeline.gadget.owner'),
            'sales-pipeline.gadget.owner.description': AJS.I18n.getText('sales-pipeline.gadget.owner.description'),
            'sales-pipeline.gadget.owner.empty': AJS.I18n.getText('sales-pipeline.gadget.owner.empty'),
            'sales-pipeline.gadget.owner.everyone': AJS.I18n.getText('sales-pipeline.gadget.owner.everyone'),
            'sales-pipeline.gadget.owner.former': AJS.I18n.getText('sales-pipeline.gadget.owner.former'),
            'sales-pipeline.gadget.period': AJS.I18n.getText('sales-pipeline.gadget.period'),
            'sales-pipeline.gadget.period.days': AJS.I18n.getText('sales-pipeline.gadget.period.days'),
            'sales-pipeline.gadget.pipeline': AJS.I18n.getText('sales-pipeline.gadget.pipeline'),
            'sales-pipeline.gadget.pipeline.empty': AJS.I18n.getText('sales-pipeline.gadget.pipeline.empty'),
            'sales-pipeline.gadget.pipeline.empty.owner': AJS.I18n.getText('sales-pipeline.gadget.pipeline.empty.owner'),
            'sales-pipeline.gadget.save': AJS.I18n.getText('sales-pipeline.gadget.save'),
            'sales-pipeline.gadget.settings': AJS.I18n.getText('sales-pipeline.gadget.settings'),
            'sales-pipeline.gadget.stage': AJS.I18n.getText('sales-pipeline.gadget.stage'),
            'sales-pipeline.gadget.stalled.days.one': AJS.I18n.getText('sales-pipeline.gadget.stalled.days.one'),
            'sales-pipeline.gadget.stalled.days.other': AJS.I18n.getText('sales-pipeline.gadget.stalled.days.other'),
            'sales-pipeline.gadget.stalled.pushes': AJS.I18n.getText('sales-pipeline.gadget.stalled.pushes'),
            'sales-pipeline.gadget.stalled.pushes.title': AJS.I18n.getText('sales-pipeline.gadget.stalled.pushes.title'),
            'sales-pipeline.gadget.stalled.pushes.count.one': AJS.I18n.getText('sales-pipeline.gadget.stalled.pushes.count.one'),
            'sales-pipeline.gadget.stalled.pushes.count.other': AJS.I18n.getText('sales-pipeline.gadget.stalled.pushes.count.other'),
            'sales-pipeline.gadget.stalled.empty': AJS.I18n.getText('sales-pipeline.gadget.stalled.empty'),
            'sales-pipeline.gadget.stalled.empty.owner': AJS.I18n.getText('sales-pipeline.gadget.stalled.empty.owner'),
            'sales-pipeline.gadget.stalled.all': AJS.I18n.getText('sales-pipeline.gadget.stalled.all'),
            'sales-pipeline.gadget.stalled.overdue': AJS.I18n.getText('sales-pipeline.gadget.stalled.overdue'),
            'sales-pipeline.gadget.total': AJS.I18n.getText('sales-pipeline.gadget.total'),
            'sales-pipeline.gadget.unassigned': AJS.I18n.getText('sales-pipeline.gadget.unassigned'),
            'sales-pipeline.gadget.value': AJS.I18n.getText('sales-pipeline.gadget.value'),
            'sales-pipeline.gadget.velocity.average-deal': AJS.I18n.getText('sales-pipeline.gadget.velocity.average-deal'),
            'sales-pipeline.gadget.velocity.closed': AJS.I18n.getText('sales-pipeline.gadget.velocity.closed'),
            'sales-pipeline.gadget.velocity.cycle': AJS.I18n.getText('sales-pipeline.gadget.velocity.cycle'),
            'sales-pipeline.gadget.velocity.empty': AJS.I18n.getText('sales-pipeline.gadget.velocity.empty'),
            'sales-pipeline.gadget.velocity.empty.owner': AJS.I18n.getText('sales-pipeline.gadget.velocity.empty.owner'),
            'sales-pipeline.gadget.velocity.formula': AJS.I18n.getText('sales-pipeline.gadget.velocity.formula'),
            'sales-pipeline.gadget.velocity.open-deals': AJS.I18n.getText('sales-pipeline.gadget.velocity.open-deals'),
            'sales-pipeline.gadget.velocity.per-day': AJS.I18n.getText('sales-pipeline.gadget.velocity.per-day'),
            'sales-pipeline.gadget.velocity.win-rate': AJS.I18n.getText('sales-pipeline.gadget.velocity.win-rate'),
            'sales-pipeline.gadget.weighted-value': AJS.I18n.getText('sales-pipeline.gadget.weighted-value'),
            'sales-pipeline.gadget.win-rate.definition': AJS.I18n.getText('sales-pipeline.gadget.win-rate.definition')
        };
    }

    var text = textHelpers.messages(messages);
    var number = textHelpers.number;
    var money = textHelpers.money;

    function percent(ratio) {
        return ratio === null || ratio === undefined ? '—' : (ratio * 100).toFixed(1) + ' %';
    }

    return { text: text, count: text.count, number: number, money: money, percent: percent, date: time.date,
        dayRange: time.dayRange, month: time.month };
});
