'use strict';
/* The DOM helper builds elements from data and never turns text into markup. */
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('../support/amd');

function helper() {
    const scripts = load(['js/common/dom.js']);
    return { dom: scripts.require('sales-pipeline/common/dom'), document: scripts.document };
}

test('text that looks like markup stays text: no element is made from it', () => {
    const { dom } = helper();
    const node = dom.el('p.sp-note', { title: '<b>x</b>' }, ['<img src=x onerror=alert(1)>', ' and <b>not bold</b>']);
    assert.equal(node.textContent, '<img src=x onerror=alert(1)> and <b>not bold</b>');
    assert.equal(node.querySelectorAll('img, b').length, 0);
    assert.equal(node.childNodes.every((child) => child.nodeType === 3), true);
    assert.equal(node.getAttribute('title'), '<b>x</b>');
});

test('classes follow the tag, attributes with no value are left out, and children may be nodes, text, lists or nothing', () => {
    const { dom } = helper();
    const node = dom.el('li.sp-item.sp-item-ticked', { 'data-item': 'legal', 'aria-current': null, hidden: false, disabled: true },
        [dom.el('span', 'a'), null, [' b', [' c']], 0]);
    assert.equal(node.tagName, 'LI');
    assert.equal(node.className, 'sp-item sp-item-ticked');
    assert.equal(node.getAttribute('data-item'), 'legal');
    assert.equal(node.hasAttribute('aria-current'), false);
    assert.equal(node.hidden, false);
    assert.equal(node.disabled, true);
    assert.equal(node.textContent, 'a b c0');
});

test('the children may take the place of the attributes', () => {
    const { dom } = helper();
    assert.equal(dom.el('td', 'text').textContent, 'text');
    assert.equal(dom.el('td', 7).textContent, '7');
    assert.equal(dom.el('td', [dom.el('b', 'x')]).firstChild.tagName, 'B');
    assert.equal(dom.el('td', null, 'y').textContent, 'y');
});

test('form properties are set on the element, not as attributes', () => {
    const { dom } = helper();
    const select = dom.el('select', { name: 'NEED.answer' }, [dom.el('option', { value: 'UNKNOWN' }, 'Unknown'),
        dom.el('option', { value: 'PARTIAL', selected: true }, 'Partial')]);
    assert.equal(select.value, 'PARTIAL');
    const area = dom.el('textarea', { value: 'a note', maxLength: 2000 });
    assert.equal(area.value, 'a note');
    assert.equal(area.maxLength, 2000);
});

test('replace swaps the children for new ones, as text', () => {
    const { dom } = helper();
    const node = dom.el('div', [dom.el('p', 'old')]);
    dom.replace(node, '<p>new</p>');
    assert.equal(node.children.length, 0);
    assert.equal(node.textContent, '<p>new</p>');
    assert.equal(dom.clear(node).childNodes.length, 0);
});

test('the test DOM refuses markup, so the scripts are shown to build none', () => {
    const { document } = helper();
    assert.throws(() => { document.createElement('div').innerHTML = '<b>x</b>'; }, /markup/);
});
