/*
 * The JQL of the deals behind a gadget's number, and the issue navigator's address for it: the app's JQL functions
 * with the very instants and dates the gadget asked the REST API for, and the gadget's owner as the assignee.
 */
define('sales-pipeline/dashboard/drilldown', [], function () {
    'use strict';

    /** A JQL string literal: double quotes, with quotes and backslashes escaped. */
    function literal(value) {
        return '"' + String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
    }

    function jql(functionName, args, owner) {
        var clause = 'issue in ' + functionName + '(' + args.map(literal).join(', ') + ')';
        return owner ? clause + ' AND assignee = ' + literal(owner) : clause;
    }

    /** The open deals in a stage at the instant (a row of pipeline by stage). */
    function stage(project, stageKey, at, owner) {
        return jql('pipelineStage', [project, stageKey, at], owner);
    }

    /** The deals stalled at the instant. */
    function stalled(project, at, owner) {
        return jql('pipelineStalled', [project, at], owner);
    }

    /** The deals created in [from, to) that reached a stage or WON (a funnel bar); without a stage, all of them. */
    function cohort(project, from, to, stageKey, owner) {
        return jql('pipelineCohort', stageKey ? [project, from, to, stageKey] : [project, from, to], owner);
    }

    /**
     * The deals with an outcome in [from, to); with a reason (null for the deals recorded without one, left out for
     * any reason), only those.
     */
    function outcome(project, outcomeName, from, to, reason, owner) {
        var args = [project, outcomeName, from, to];
        if (reason !== undefined) {
            args.push(reason === null ? '' : reason);
        }
        return jql('pipelineOutcome', args, owner);
    }

    /** The open deals expected to close in the month (YYYY-MM), within the close dates [from, to) asked for. */
    function forecast(project, month, from, to, owner) {
        return jql('pipelineForecast', [project, month, from, to], owner);
    }

    /** The open deals whose expected close date has passed. */
    function slipped(project, owner) {
        return jql('pipelineSlipped', [project], owner);
    }

    /** The issue navigator's address that searches the JQL. */
    function url(query) {
        return ((window.AJS && AJS.contextPath) ? AJS.contextPath() : '') + '/issues/?jql=' + encodeURIComponent(query);
    }

    return { stage: stage, stalled: stalled, cohort: cohort, outcome: outcome, forecast: forecast, slipped: slipped,
        url: url };
});
