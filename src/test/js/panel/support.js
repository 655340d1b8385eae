'use strict';
/* Puts the deal panel of atlassian-plugin.xml's web resource on a test page, answering its REST calls from fixtures. */
const fs = require('node:fs');
const path = require('node:path');
const { load, answer, recordingFetch, settle } = require('../support/amd');
const { scriptsOf } = require('../support/descriptor');

function fixture(name) {
    return JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', name + '.json'), 'utf8'));
}

/**
 * Loads the panel for the deal; respond(url, options) answers the calls after the first GET (default: the deal
 * again). Resolves with the container, the recorded calls and the page once the panel has rendered.
 */
async function panelFor(deal, respond) {
    const recorder = recordingFetch((url, options) => {
        if (!options.method || options.method === 'GET') {
            return answer(200, deal);
        }
        return respond ? respond(url, options) : answer(200, deal);
    });
    const page = load(scriptsOf('deal-panel-resources'), { fetch: recorder.fetch });
    const container = page.document.createElement('div');
    container.className = 'sales-pipeline-deal';
    container.setAttribute('data-issue-key', deal.key);
    page.document.body.appendChild(container);
    await page.require('sales-pipeline/panel/panel').load(container);
    return { container, calls: recorder.calls, page };
}

/** Text of the element, with runs of white space as one space. */
function textOf(element) {
    return element.textContent.replace(/\s+/g, ' ').trim();
}

module.exports = { fixture, panelFor, textOf, settle, answer };
