/* What the board's modules share: their messages, each named literally for Jira's script i18n transformer. */
define('sales-pipeline/board/common', ['sales-pipeline/common/text'], function (textHelpers) {
    'use strict';

    var text = textHelpers.messages(function () {
        return {
            'sales-pipeline.board.deals.one': AJS.I18n.getText('sales-pipeline.board.deals.one'),
            'sales-pipeline.board.deals.other': AJS.I18n.getText('sales-pipeline.board.deals.other'),
            'sales-pipeline.board.weighted': AJS.I18n.getText('sales-pipeline.board.weighted'),
            'sales-pipeline.board.hidden.one': AJS.I18n.getText('sales-pipeline.board.hidden.one'),
            'sales-pipeline.board.hidden.other': AJS.I18n.getText('sales-pipeline.board.hidden.other'),
            'sales-pipeline.board.empty': AJS.I18n.getText('sales-pipeline.board.empty'),
            'sales-pipeline.board.more': AJS.I18n.getText('sales-pipeline.board.more'),
            'sales-pipeline.board.days.one': AJS.I18n.getText('sales-pipeline.board.days.one'),
            'sales-pipeline.board.days.other': AJS.I18n.getText('sales-pipeline.board.days.other'),
            'sales-pipeline.board.rotting': AJS.I18n.getText('sales-pipeline.board.rotting'),
            'sales-pipeline.board.overdue': AJS.I18n.getText('sales-pipeline.board.overdue'),
            'sales-pipeline.board.close': AJS.I18n.getText('sales-pipeline.board.close'),
            'sales-pipeline.board.no-close': AJS.I18n.getText('sales-pipeline.board.no-close'),
            'sales-pipeline.board.unassigned': AJS.I18n.getText('sales-pipeline.board.unassigned'),
            'sales-pipeline.board.bant': AJS.I18n.getText('sales-pipeline.board.bant'),
            'sales-pipeline.board.outcome.WON': AJS.I18n.getText('sales-pipeline.board.outcome.WON'),
            'sales-pipeline.board.outcome.LOST': AJS.I18n.getText('sales-pipeline.board.outcome.LOST'),
            'sales-pipeline.board.outcome.DISQUALIFIED': AJS.I18n.getText('sales-pipeline.board.outcome.DISQUALIFIED'),
            'sales-pipeline.board.drop': AJS.I18n.getText('sales-pipeline.board.drop'),
            'sales-pipeline.board.move-to': AJS.I18n.getText('sales-pipeline.board.move-to'),
            'sales-pipeline.board.move-to.label': AJS.I18n.getText('sales-pipeline.board.move-to.label'),
            'sales-pipeline.board.move-to.none': AJS.I18n.getText('sales-pipeline.board.move-to.none'),
            'sales-pipeline.board.move-to.blocked': AJS.I18n.getText('sales-pipeline.board.move-to.blocked'),
            'sales-pipeline.board.moving': AJS.I18n.getText('sales-pipeline.board.moving'),
            'sales-pipeline.board.move.none': AJS.I18n.getText('sales-pipeline.board.move.none'),
            'sales-pipeline.board.move.no-reason-field': AJS.I18n.getText('sales-pipeline.board.move.no-reason-field'),
            'sales-pipeline.board.reason.title': AJS.I18n.getText('sales-pipeline.board.reason.title'),
            'sales-pipeline.board.reason.label': AJS.I18n.getText('sales-pipeline.board.reason.label'),
            'sales-pipeline.board.reason.choose': AJS.I18n.getText('sales-pipeline.board.reason.choose'),
            'sales-pipeline.board.reason.required': AJS.I18n.getText('sales-pipeline.board.reason.required'),
            'sales-pipeline.board.reason.submit': AJS.I18n.getText('sales-pipeline.board.reason.submit'),
            'sales-pipeline.board.reason.cancel': AJS.I18n.getText('sales-pipeline.board.reason.cancel'),
            'sales-pipeline.board.filter.owner': AJS.I18n.getText('sales-pipeline.board.filter.owner'),
            'sales-pipeline.board.filter.owner.any': AJS.I18n.getText('sales-pipeline.board.filter.owner.any'),
            'sales-pipeline.board.filter.close-from': AJS.I18n.getText('sales-pipeline.board.filter.close-from'),
            'sales-pipeline.board.filter.close-to': AJS.I18n.getText('sales-pipeline.board.filter.close-to'),
            'sales-pipeline.board.filter.text': AJS.I18n.getText('sales-pipeline.board.filter.text'),
            'sales-pipeline.board.filter.text.placeholder': AJS.I18n.getText('sales-pipeline.board.filter.text.placeholder'),
            'sales-pipeline.board.filter.clear': AJS.I18n.getText('sales-pipeline.board.filter.clear'),
            'sales-pipeline.board.filter.title': AJS.I18n.getText('sales-pipeline.board.filter.title')
        };
    });

    return { text: text };
});
