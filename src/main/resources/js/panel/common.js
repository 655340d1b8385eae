/* What the deal panel's sections share: the panel's messages, and instants shown as an age with the exact time on hover. */
define('sales-pipeline/panel/common', ['sales-pipeline/common/text', 'sales-pipeline/common/time', 'sales-pipeline/common/dom'],
    function (textHelpers, time, dom) {
        'use strict';

        /* Every message of the panel, each named literally so that Jira's script i18n transformer can replace it. */
        var text = textHelpers.messages(function () {
            return {
                'sales-pipeline.panel.amount': AJS.I18n.getText('sales-pipeline.panel.amount'),
                'sales-pipeline.panel.bant': AJS.I18n.getText('sales-pipeline.panel.bant'),
                'sales-pipeline.panel.bant.AUTHORITY': AJS.I18n.getText('sales-pipeline.panel.bant.AUTHORITY'),
                'sales-pipeline.panel.bant.BUDGET': AJS.I18n.getText('sales-pipeline.panel.bant.BUDGET'),
                'sales-pipeline.panel.bant.NEED': AJS.I18n.getText('sales-pipeline.panel.bant.NEED'),
                'sales-pipeline.panel.bant.TIMELINE': AJS.I18n.getText('sales-pipeline.panel.bant.TIMELINE'),
                'sales-pipeline.panel.bant.answer.CONFIRMED': AJS.I18n.getText('sales-pipeline.panel.bant.answer.CONFIRMED'),
                'sales-pipeline.panel.bant.answer.PARTIAL': AJS.I18n.getText('sales-pipeline.panel.bant.answer.PARTIAL'),
                'sales-pipeline.panel.bant.answer.UNKNOWN': AJS.I18n.getText('sales-pipeline.panel.bant.answer.UNKNOWN'),
                'sales-pipeline.panel.bant.gate': AJS.I18n.getText('sales-pipeline.panel.bant.gate'),
                'sales-pipeline.panel.bant.gate.default': AJS.I18n.getText('sales-pipeline.panel.bant.gate.default'),
                'sales-pipeline.panel.bant.gate.none': AJS.I18n.getText('sales-pipeline.panel.bant.gate.none'),
                'sales-pipeline.panel.bant.gate.passed': AJS.I18n.getText('sales-pipeline.panel.bant.gate.passed'),
                'sales-pipeline.panel.bant.mandatory': AJS.I18n.getText('sales-pipeline.panel.bant.mandatory'),
                'sales-pipeline.panel.bant.met': AJS.I18n.getText('sales-pipeline.panel.bant.met'),
                'sales-pipeline.panel.bant.note': AJS.I18n.getText('sales-pipeline.panel.bant.note'),
                'sales-pipeline.panel.bant.note.add': AJS.I18n.getText('sales-pipeline.panel.bant.note.add'),
                'sales-pipeline.panel.bant.note.none': AJS.I18n.getText('sales-pipeline.panel.bant.note.none'),
                'sales-pipeline.panel.bant.note.of': AJS.I18n.getText('sales-pipeline.panel.bant.note.of'),
                'sales-pipeline.panel.bant.save': AJS.I18n.getText('sales-pipeline.panel.bant.save'),
                'sales-pipeline.panel.bant.saved': AJS.I18n.getText('sales-pipeline.panel.bant.saved'),
                'sales-pipeline.panel.bant.score': AJS.I18n.getText('sales-pipeline.panel.bant.score'),
                'sales-pipeline.panel.checklist.current': AJS.I18n.getText('sales-pipeline.panel.checklist.current'),
                'sales-pipeline.panel.checklist.progress': AJS.I18n.getText('sales-pipeline.panel.checklist.progress'),
                'sales-pipeline.panel.checklist.required': AJS.I18n.getText('sales-pipeline.panel.checklist.required'),
                'sales-pipeline.panel.checklist.ticked': AJS.I18n.getText('sales-pipeline.panel.checklist.ticked'),
                'sales-pipeline.panel.checklist.unticked': AJS.I18n.getText('sales-pipeline.panel.checklist.unticked'),
                'sales-pipeline.panel.checklists': AJS.I18n.getText('sales-pipeline.panel.checklists'),
                'sales-pipeline.panel.checklists.needed': AJS.I18n.getText('sales-pipeline.panel.checklists.needed'),
                'sales-pipeline.panel.checklists.needed.hint': AJS.I18n.getText('sales-pipeline.panel.checklists.needed.hint'),
                'sales-pipeline.panel.close': AJS.I18n.getText('sales-pipeline.panel.close'),
                'sales-pipeline.panel.days': AJS.I18n.getText('sales-pipeline.panel.days'),
                'sales-pipeline.panel.days.since': AJS.I18n.getText('sales-pipeline.panel.days.since'),
                'sales-pipeline.panel.exit': AJS.I18n.getText('sales-pipeline.panel.exit'),
                'sales-pipeline.panel.guidance': AJS.I18n.getText('sales-pipeline.panel.guidance'),
                'sales-pipeline.panel.move.allowed': AJS.I18n.getText('sales-pipeline.panel.move.allowed'),
                'sales-pipeline.panel.move.blocked': AJS.I18n.getText('sales-pipeline.panel.move.blocked'),
                'sales-pipeline.panel.moves': AJS.I18n.getText('sales-pipeline.panel.moves'),
                'sales-pipeline.panel.moves.allowed': AJS.I18n.getText('sales-pipeline.panel.moves.allowed'),
                'sales-pipeline.panel.moves.hint': AJS.I18n.getText('sales-pipeline.panel.moves.hint'),
                'sales-pipeline.panel.moves.none': AJS.I18n.getText('sales-pipeline.panel.moves.none'),
                'sales-pipeline.panel.outcome.DISQUALIFIED': AJS.I18n.getText('sales-pipeline.panel.outcome.DISQUALIFIED'),
                'sales-pipeline.panel.outcome.LOST': AJS.I18n.getText('sales-pipeline.panel.outcome.LOST'),
                'sales-pipeline.panel.outcome.WON': AJS.I18n.getText('sales-pipeline.panel.outcome.WON'),
                'sales-pipeline.panel.outcome.amount': AJS.I18n.getText('sales-pipeline.panel.outcome.amount'),
                'sales-pipeline.panel.outcome.counted': AJS.I18n.getText('sales-pipeline.panel.outcome.counted'),
                'sales-pipeline.panel.outcome.days': AJS.I18n.getText('sales-pipeline.panel.outcome.days'),
                'sales-pipeline.panel.outcome.reason': AJS.I18n.getText('sales-pipeline.panel.outcome.reason'),
                'sales-pipeline.panel.owner': AJS.I18n.getText('sales-pipeline.panel.owner'),
                'sales-pipeline.panel.owner.none': AJS.I18n.getText('sales-pipeline.panel.owner.none'),
                'sales-pipeline.panel.pipeline': AJS.I18n.getText('sales-pipeline.panel.pipeline'),
                'sales-pipeline.language.label': AJS.I18n.getText('sales-pipeline.language.label'),
                'sales-pipeline.language.jira': AJS.I18n.getText('sales-pipeline.language.jira'),
                'sales-pipeline.language.en': AJS.I18n.getText('sales-pipeline.language.en'),
                'sales-pipeline.language.he': AJS.I18n.getText('sales-pipeline.language.he'),
                'sales-pipeline.panel.probability': AJS.I18n.getText('sales-pipeline.panel.probability'),
                'sales-pipeline.panel.pushes': AJS.I18n.getText('sales-pipeline.panel.pushes'),
                'sales-pipeline.panel.pushes.count.one': AJS.I18n.getText('sales-pipeline.panel.pushes.count.one'),
                'sales-pipeline.panel.pushes.count.other': AJS.I18n.getText('sales-pipeline.panel.pushes.count.other'),
                'sales-pipeline.panel.readonly': AJS.I18n.getText('sales-pipeline.panel.readonly'),
                'sales-pipeline.panel.rotting': AJS.I18n.getText('sales-pipeline.panel.rotting'),
                'sales-pipeline.panel.rotting.title': AJS.I18n.getText('sales-pipeline.panel.rotting.title'),
                'sales-pipeline.panel.unmapped': AJS.I18n.getText('sales-pipeline.panel.unmapped'),
                'sales-pipeline.panel.weighted': AJS.I18n.getText('sales-pipeline.panel.weighted')
            };
        });

        /** A <time> showing how long ago the instant was, its exact date and time on hover. */
        function ago(iso, className) {
            return dom.el('time' + (className ? '.' + className : ''), { datetime: iso, title: time.dateTime(iso) }, time.age(iso));
        }

        /** Whether the user may change the deal now: the server's editable, or canEdit from a server that predates it. */
        function editable(deal) {
            return deal.editable === undefined ? Boolean(deal.canEdit) : Boolean(deal.editable);
        }

        /* The groups of messages named after a value from the server: an outcome, a BANT answer, a BANT criterion. */
        var GROUPS = { outcome: 'outcome', answer: 'bant.answer', criterion: 'bant' };

        /** The message of a value in one of the groups, e.g. ('outcome', 'WON') → "Won". */
        function named(group, value) {
            return text(['sales-pipeline', 'panel', GROUPS[group], value].join('.'));
        }

        return { text: text, ago: ago, editable: editable, named: named };
    });
