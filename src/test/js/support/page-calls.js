'use strict';
/*
 * The REST calls the app's pages make when they load, read by running their own scripts: every dashboard item the
 * descriptor declares, rendered on one dashboard page with the web resources of Jira's dashboard context, and the
 * pipeline board's first render. The load benchmark replays these calls over HTTP.
 *
 * As a command: node page-calls.js --project=ACME --board-project=BOARD --days=90 --now=2026-06-01T00:00:00Z
 *   [--time-zone=UTC] prints {"gadgets":[dashboard item keys],"dashboard":[{"path","wave"}…],"board":[{"path","wave"}…]}:
 *   paths without a context path; calls of one wave go out together, each wave after the answers of the one before.
 */
const { load, answer, settle } = require('./amd');
const { scriptsInContext, scriptsOf, dashboardItems } = require('./descriptor');

const CONTEXT_PATH = '/jira';
const DASHBOARD_CONTEXT = 'atl.dashboard';

/**
 * A fetch that records each call's path and holds its answer until released, so that the calls fall into waves: the
 * calls that go out together, each wave after the answers of the one before (a page's calls go out as its scripts get
 * the answers they wait for). The answers are just enough for the scripts to go on.
 */
function recorder(project, now) {
    const calls = [];
    let held = [];
    let wave = 0;
    const respond = (path) => {
        if (/\/language$/.test(path)) {
            return answer(404, {});
        }
        if (/\/pipelines$/.test(path)) {
            return answer(200, { pipelines: [{ project, name: project, currency: 'USD', stages: [] }] });
        }
        if (/\/periods(\?|$)/.test(path)) {
            return answer(200, periodsAt(now));
        }
        return answer(200, {});
    };
    const fetch = (url) => {
        const path = url.startsWith(CONTEXT_PATH) ? url.substring(CONTEXT_PATH.length) : url;
        calls.push({ path, wave });
        return new Promise((resolve) => { held.push(() => resolve(respond(path))); });
    };
    /** Answers every held call; resolves once the scripts have sent what those answers lead to, false when nothing was held. */
    const release = async () => {
        await settle();
        if (!held.length) {
            return false;
        }
        const answering = held;
        held = [];
        wave += 1;
        answering.forEach((give) => give());
        await settle();
        return true;
    };
    return { fetch, calls, release };
}

/** A periods answer holding the week (UTC, from Monday) and the calendar quarter of the instant, enough for a gadget that asks for its period. */
function periodsAt(now) {
    const day = new Date(Date.parse(now));
    const monday = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() - (day.getUTCDay() + 6) % 7);
    const iso = (millis) => new Date(millis).toISOString();
    const date = (millis) => iso(millis).substring(0, 10);
    const week = 7 * 24 * 3600 * 1000;
    const quarter = Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - day.getUTCMonth() % 3, 1);
    const nextQuarter = Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - day.getUTCMonth() % 3 + 3, 1);
    return { at: now, periods: [{ key: 'thisWeek', from: iso(monday), to: iso(monday + week), firstDay: date(monday),
        lastDay: date(monday + week - 1), label: 'Week of ' + date(monday) },
    { key: 'thisQuarter', from: iso(quarter), to: iso(nextQuarter), firstDay: date(quarter), lastDay: date(nextQuarter - 1),
        label: 'Quarter of ' + date(quarter) }], closeWindows: [] };
}

/** Runs the scripts with "now" fixed at the given instant. */
function atInstant(page, now) {
    const fixed = Date.parse(now);
    const RealDate = Date;
    class FixedDate extends RealDate {
        constructor(...args) {
            super(...(args.length ? args : [fixed]));
        }

        static now() {
            return fixed;
        }
    }
    page.window.Date = FixedDate;
    return page;
}

/** The calls of one dashboard page with every dashboard item set to the project and period, in the order they go out. */
async function dashboard(options) {
    const calls = recorder(options.project, options.now);
    const page = atInstant(load(scriptsInContext(DASHBOARD_CONTEXT), {
        fetch: calls.fetch, meta: { 'ajs-user-locale': 'en_US', 'ajs-user-timezone': options.timeZone || 'UTC' }
    }), options.now);
    const rendering = dashboardItems().map((item) => new (page.require(item.module))({ savePreferences() {} })
        .render(page.document.createElement('div'), { project: options.project, days: options.days }));
    await drain(calls);
    await Promise.all(rendering);
    return calls.calls;
}

/** The calls of the board's first render for the project. */
async function board(options) {
    const calls = recorder(options.boardProject, options.now);
    const page = atInstant(load(scriptsOf('board-page'), {
        fetch: calls.fetch, meta: { 'ajs-user-locale': 'en_US', 'ajs-user-timezone': options.timeZone || 'UTC' }
    }), options.now);
    const container = page.document.createElement('div');
    container.setAttribute('data-project-key', options.boardProject);
    const started = page.require('sales-pipeline/board/board').start(container).catch(() => null);
    await drain(calls);
    await started;
    return calls.calls;
}

/** Answers the page's calls wave by wave until it asks for nothing more. */
async function drain(calls) {
    let more = true;
    while (more) {
        more = await calls.release();
    }
}

async function pageCalls(options) {
    return {
        gadgets: dashboardItems().map((item) => item.key),
        dashboard: await dashboard(options),
        board: await board(options)
    };
}

function parse(argv) {
    const options = {};
    argv.forEach((arg) => {
        const match = arg.match(/^--([a-z-]+)=(.*)$/);
        if (!match) {
            throw new Error('Options look like --name=value, not ' + arg);
        }
        options[match[1].replace(/-([a-z])/g, (m, c) => c.toUpperCase())] = match[2];
    });
    options.days = Number(options.days || 90);
    return options;
}

module.exports = { pageCalls };

// Run as a command only when given options (the test runner also loads every file below src/test/js).
if (require.main === module && process.argv.length > 2) {
    pageCalls(parse(process.argv.slice(2))).then((calls) => {
        process.stdout.write(JSON.stringify(calls) + '\n');
    }, (failure) => {
        process.stderr.write(String(failure && failure.stack || failure) + '\n');
        process.exit(1);
    });
}
