'use strict';
/* The admin pages put each error of a failed call next to the field it names, the rest at the top. */
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('../support/amd');
const { scriptsOf } = require('../support/descriptor');

function page() {
    const scripts = load(scriptsOf('admin-pages'));
    const dom = scripts.require('sales-pipeline/common/dom');
    const form = dom.el('form', [dom.el('div', { id: 'sp-messages' }), dom.el('input', { id: 'sp-name' }),
        dom.el('div.sp-stage', [dom.el('input.sp-stage-name')])]);
    const fields = { name: form.querySelector('#sp-name'), 'stages[0]': form.querySelector('.sp-stage'),
        'stages[0].name': form.querySelector('.sp-stage-name') };
    return { messages: scripts.require('sales-pipeline/admin/messages'), form, fields, area: form.querySelector('#sp-messages') };
}

test('a 400\'s field errors stand after their fields, a longer path falling back to the nearest field known', () => {
    const { messages, form, fields, area } = page();
    messages.showErrors(area, form, fields, { status: 400, errors: [
        { field: 'name', message: 'A name is required' },
        { field: 'stages[0].probability', message: 'Between 0 and 100' },
        { field: null, message: 'Nothing was changed' }] });
    const name = form.querySelector('#sp-name');
    assert.equal(name.nextElementSibling.textContent, 'A name is required');
    assert.equal(name.classList.contains('sp-invalid'), true);
    assert.equal(form.querySelector('.sp-stage').nextElementSibling.getAttribute('data-field'), 'stages[0].probability');
    assert.deepEqual(area.querySelectorAll('p').map((p) => p.textContent),
        ['Nothing was saved. Correct the fields marked below.', 'Nothing was changed']);
});

test('another failure says what failed at the top, and a network failure says only that', () => {
    const { messages, form, fields, area } = page();
    messages.showErrors(area, form, fields, { status: 403, errors: [{ field: null, message: 'Jira administrators only' }] });
    assert.deepEqual(area.querySelectorAll('p').map((p) => p.textContent), ['The request failed (HTTP 403).', 'Jira administrators only']);
    messages.showErrors(area, form, fields, { status: 0, errors: [{ field: null, message: 'Jira could not be reached.' }] });
    assert.deepEqual(area.querySelectorAll('p').map((p) => p.textContent), ['Jira could not be reached.']);
    assert.equal(messages.failed({ status: 500, errors: [{ field: null, message: 'Boom' }] }), 'The request failed (HTTP 500). Boom');
});

test('showing errors again clears the earlier ones', () => {
    const { messages, form, fields, area } = page();
    messages.showErrors(area, form, fields, { status: 400, errors: [{ field: 'name', message: 'A name is required' }] });
    messages.showErrors(area, form, fields, { status: 400, errors: [] });
    assert.equal(form.querySelectorAll('.sp-field-error').length, 0);
    assert.equal(form.querySelectorAll('.sp-invalid').length, 0);
});
