/* The status mapping table: its stage choices follow the stages, and it reads as the lines the REST API takes. */
define('sales-pipeline/admin/mapping', ['sales-pipeline/common/dom'], function (dom) {
    'use strict';

    var OUTCOMES = ['WON', 'LOST', 'DISQUALIFIED'];

    /** Replaces every select's stage options, keeping each selection that still exists. */
    function setStages(table, stages) {
        dom.all(table, 'select.sp-target').forEach(function (select) {
            var selected = select.value || select.getAttribute('data-selected') || '';
            var group = select.querySelector('.sp-stage-options');
            dom.replace(group, stages.map(function (stage) {
                return dom.el('option', { value: stage.value || stage.key }, stage.name || stage.key);
            }));
            select.value = selected;
            if (select.value !== selected) {
                select.value = '';
            }
        });
    }

    /**
     * The mapped statuses as REST lines, and for each line index the select it came from; a status mapped to a new
     * stage names it by its place among the stages (stageIndex), as it has no key yet.
     */
    function lines(table, stages) {
        var result = { lines: [], selects: [] };
        dom.all(table, 'tr.sp-status').forEach(function (row) {
            var select = row.querySelector('select.sp-target');
            var value = select.value;
            if (!value) {
                return;
            }
            var line = { status: row.getAttribute('data-status') };
            if (OUTCOMES.indexOf(value) >= 0) {
                line.outcome = value;
            } else if (value.indexOf('new:') === 0) {
                line.stageIndex = (stages || []).map(function (stage) { return stage.value; }).indexOf(value);
            } else {
                line.stage = value;
            }
            result.lines.push(line);
            result.selects.push(select);
        });
        return result;
    }

    /** Shows a saved mapping (the set-up's mapping lines): each status's select takes its stage or outcome, or none. */
    function show(table, saved) {
        var targets = {};
        (saved || []).forEach(function (line) { targets[line.status] = line.stage || line.outcome || ''; });
        dom.all(table, 'tr.sp-status').forEach(function (row) {
            var select = row.querySelector('select.sp-target');
            var target = targets[row.getAttribute('data-status')] || '';
            select.value = target;
            select.setAttribute('data-selected', target);
        });
    }

    /** The name of each status of the table, by its id. */
    function names(table) {
        var result = {};
        dom.all(table, 'tr.sp-status').forEach(function (row) {
            result[row.getAttribute('data-status')] = row.querySelector('select.sp-target').getAttribute('aria-label');
        });
        return result;
    }

    return { setStages: setStages, lines: lines, show: show, names: names };
});
