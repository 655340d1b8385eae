/*
 * Where the deal may move now, as the server answers for each workflow transition: the allowed ones on one line,
 * each refused one with what is missing in the server's words, or why this Jira cannot tell. The panel shows moves;
 * Jira's transitions make them.
 */
define('sales-pipeline/panel/moves', ['sales-pipeline/common/dom', 'sales-pipeline/panel/common'], function (dom, common) {
    'use strict';

    var el = dom.el;
    var text = common.text;

    function attributes(move, title) {
        return { 'data-action': move.actionId, 'data-status': move.toStatusId, 'data-stage': move.stage, title: title };
    }

    function allowed(moves) {
        return el('p.sp-moves-allowed', [el('span.sp-moves-label', text('sales-pipeline.panel.moves.allowed')), ' ',
            moves.map(function (move, index) {
                var item = el('span.sp-move.sp-move-allowed', attributes(move, text('sales-pipeline.panel.move.allowed', move.name)),
                    move.toStatusName || move.name);
                return index ? [' \u00b7 ', item] : item;
            })]);
    }

    function blocked(move) {
        return el('details.sp-move.sp-move-blocked', attributes(move, null), [
            el('summary', text('sales-pipeline.panel.move.blocked', move.toStatusName || move.name, move.blockers.length)),
            el('ul.sp-blockers', move.blockers.map(function (blocker) {
                return el('li', { 'data-check': blocker.check }, blocker.message);
            }))
        ]);
    }

    function render(deal) {
        if (!Array.isArray(deal.moves)) {
            return null;
        }
        var open = deal.moves.filter(function (move) { return move.allowed; });
        var refused = deal.moves.filter(function (move) { return !move.allowed; });
        var parts = [el('h3', { title: text('sales-pipeline.panel.moves.hint') }, text('sales-pipeline.panel.moves'))];
        if (deal.movesUnavailable) {
            parts.push(el('p.sp-moves-unavailable', deal.movesUnavailable));
        } else if (!deal.moves.length) {
            parts.push(el('p.sp-moves-none', text('sales-pipeline.panel.moves.none')));
        }
        if (open.length) {
            parts.push(allowed(open));
        }
        parts.push(refused.map(blocked));
        return el('section.sp-moves', parts);
    }

    return { render: render };
});
