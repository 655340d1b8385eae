'use strict';
/*
 * Loads the app's browser scripts into a fresh context for a test: the demo host's stand-in for the AMD loader
 * Jira provides, a DOM from ./dom.js, AJS.I18n over the app's message bundle, and a fetch the test answers.
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createDocument } = require('./dom');
const { bundle } = require('./i18n');

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const SCRIPTS = path.join(ROOT, 'src', 'main', 'resources');
const AMD_LOADER = path.join(ROOT, 'src', 'test', 'resources', 'demo', 'amd.js');

/**
 * A context with the given scripts (paths below src/main/resources, such as 'js/common/dom.js') run in order.
 * options.fetch answers the scripts' calls; options.meta sets Jira's page settings (locale, time zone).
 */
function load(scripts, options) {
    const settings = options || {};
    const messages = bundle();
    const document = createDocument(settings.meta || { 'ajs-user-locale': 'en_US', 'ajs-user-timezone': 'UTC' });
    const AJS = {
        contextPath: () => '/jira',
        I18n: {
            getText(key) {
                if (!(key in messages)) {
                    throw new Error('The message bundle has no key ' + key);
                }
                return messages[key];
            }
        }
    };
    const context = {
        document,
        AJS,
        fetch: settings.fetch || (() => Promise.reject(new Error('no fetch answer set'))),
        MutationObserver: class { observe() {} },
        Intl, Promise, Date, Math, JSON, console, setTimeout, clearTimeout
    };
    context.window = context;
    vm.createContext(context);
    [AMD_LOADER].concat(scripts.map((script) => path.join(SCRIPTS, script))).forEach((file) => {
        vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
    });
    const resolve = (name) => {
        let found;
        context.require([name], (module) => { found = module; });
        return found;
    };
    return { require: resolve, document, window: context, AJS };
}

/** A fetch answer: status and body text (an object is sent as JSON). */
function answer(status, body) {
    const text = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
    return { ok: status >= 200 && status < 300, status, text: () => Promise.resolve(text) };
}

/** A fetch that records each call and answers from the given function (url, options) → answer or rejection. */
function recordingFetch(respond) {
    const calls = [];
    const fetch = (url, options) => {
        // The app's language: not the call a test is about; no answer leaves the scripts in English.
        if (/\/rest\/sales-pipeline\/1\.0\/language$/.test(url)) {
            return Promise.resolve(answer(404, {}));
        }
        calls.push({ url, options: options || {} });
        return Promise.resolve().then(() => respond(url, options || {}));
    };
    return { fetch, calls };
}

/** Waits until the scripts' pending promises have settled. */
function settle() {
    return new Promise((done) => setTimeout(done, 0));
}

module.exports = { load, answer, recordingFetch, settle, ROOT };
