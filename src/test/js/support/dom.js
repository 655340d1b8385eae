'use strict';
/*
 * A small DOM for the scripts' unit tests: elements, text nodes, attributes, classes, the form properties the
 * scripts use, events and simple selectors (tag, #id, .class, [attr], [attr=value], descendants, lists). Setting
 * innerHTML or outerHTML throws, so a test fails whenever a script would build markup from text.
 */

class Node {
    constructor(ownerDocument) {
        this.ownerDocument = ownerDocument;
        this.parentNode = null;
        this.childNodes = [];
        this.listeners = {};
    }

    get firstChild() {
        return this.childNodes[0] || null;
    }

    get children() {
        return this.childNodes.filter((node) => node instanceof Element);
    }

    get firstElementChild() {
        return this.children[0] || null;
    }

    get nextElementSibling() {
        const siblings = this.parentNode ? this.parentNode.children : [];
        return siblings[siblings.indexOf(this) + 1] || null;
    }

    get previousElementSibling() {
        const siblings = this.parentNode ? this.parentNode.children : [];
        return siblings[siblings.indexOf(this) - 1] || null;
    }

    get textContent() {
        return this.childNodes.map((node) => node.textContent).join('');
    }

    set textContent(value) {
        this.childNodes.forEach((node) => { node.parentNode = null; });
        this.childNodes = [];
        if (value !== null && value !== undefined && value !== '') {
            this.appendChild(this.ownerDocument.createTextNode(String(value)));
        }
    }

    appendChild(node) {
        return this.insertBefore(node, null);
    }

    insertBefore(node, reference) {
        if (!(node instanceof Node)) {
            throw new TypeError('appendChild takes a node, not ' + typeof node);
        }
        if (node.parentNode) {
            node.parentNode.removeChild(node);
        }
        const index = reference ? this.childNodes.indexOf(reference) : -1;
        if (index < 0) {
            this.childNodes.push(node);
        } else {
            this.childNodes.splice(index, 0, node);
        }
        node.parentNode = this;
        return node;
    }

    removeChild(node) {
        const index = this.childNodes.indexOf(node);
        if (index < 0) {
            throw new Error('not a child');
        }
        this.childNodes.splice(index, 1);
        node.parentNode = null;
        return node;
    }

    remove() {
        if (this.parentNode) {
            this.parentNode.removeChild(this);
        }
    }

    addEventListener(type, listener) {
        (this.listeners[type] = this.listeners[type] || []).push(listener);
    }

    removeEventListener(type, listener) {
        this.listeners[type] = (this.listeners[type] || []).filter((each) => each !== listener);
    }

    /** Calls the listeners of the event's type here and on every ancestor; answers whether none prevented the default. */
    dispatchEvent(event) {
        let prevented = false;
        const fired = Object.assign(event, { target: event.target || this, preventDefault() { prevented = true; } });
        for (let node = this; node; node = node.parentNode) {
            (node.listeners[fired.type] || []).forEach((listener) => listener.call(node, fired));
        }
        return !prevented;
    }

    /** Every element below this node, in document order. */
    descendants() {
        const found = [];
        const walk = (node) => node.children.forEach((child) => { found.push(child); walk(child); });
        walk(this);
        return found;
    }

    querySelectorAll(selector) {
        const alternatives = selector.split(',').map((part) => part.trim().split(/\s+/).map(parseCompound));
        return this.descendants().filter((element) => alternatives.some((chain) => matchesChain(element, chain, this)));
    }

    querySelector(selector) {
        return this.querySelectorAll(selector)[0] || null;
    }
}

class Text extends Node {
    constructor(ownerDocument, data) {
        super(ownerDocument);
        this.data = data;
        this.nodeType = 3;
    }

    get textContent() {
        return this.data;
    }

    set textContent(value) {
        this.data = String(value);
    }
}

class Element extends Node {
    constructor(ownerDocument, tagName) {
        super(ownerDocument);
        this.tagName = tagName.toUpperCase();
        this.nodeType = 1;
        this.attributes = new Map();
        this.style = {};
        this.checked = false;
        this.disabled = false;
        this.hidden = false;
        this.open = false;
        this.selectedFlag = false;
        this.ownValue = '';
    }

    get className() {
        return this.getAttribute('class') || '';
    }

    set className(value) {
        this.setAttribute('class', value);
    }

    get classList() {
        const element = this;
        const names = () => element.className.split(/\s+/).filter(Boolean);
        return {
            contains: (name) => names().includes(name),
            add: (name) => { if (!names().includes(name)) { element.className = names().concat(name).join(' '); } },
            remove: (name) => { element.className = names().filter((each) => each !== name).join(' '); }
        };
    }

    get id() { return this.getAttribute('id') || ''; }
    set id(value) { this.setAttribute('id', value); }
    get name() { return this.getAttribute('name') || ''; }
    set name(value) { this.setAttribute('name', value); }
    get title() { return this.getAttribute('title') || ''; }
    set title(value) { this.setAttribute('title', value); }
    get type() { return this.getAttribute('type') || ''; }
    set type(value) { this.setAttribute('type', value); }
    get placeholder() { return this.getAttribute('placeholder') || ''; }
    set placeholder(value) { this.setAttribute('placeholder', value); }

    get selected() {
        return this.selectedFlag;
    }

    set selected(value) {
        this.selectedFlag = Boolean(value);
    }

    /** A select's value is its selected option's (the first option when none is); other elements keep their own. */
    get value() {
        if (this.tagName === 'SELECT') {
            const options = this.querySelectorAll('option');
            const chosen = options.filter((option) => option.selected)[0] || options[0];
            return chosen ? chosen.value : '';
        }
        if (this.tagName === 'OPTION' && !this.valueSet) {
            return this.textContent;
        }
        return this.ownValue;
    }

    set value(value) {
        if (this.tagName === 'SELECT') {
            this.querySelectorAll('option').forEach((option) => { option.selected = option.value === String(value); });
            return;
        }
        this.valueSet = true;
        this.ownValue = String(value);
    }

    /** A form's named controls by name. */
    get elements() {
        const named = {};
        this.descendants().filter((element) => element.getAttribute('name')).forEach((element) => {
            named[element.getAttribute('name')] = named[element.getAttribute('name')] || element;
        });
        return named;
    }

    set innerHTML(markup) {
        throw new Error('A script set markup (innerHTML): ' + String(markup).slice(0, 60));
    }

    set outerHTML(markup) {
        throw new Error('A script set markup (outerHTML): ' + String(markup).slice(0, 60));
    }

    insertAdjacentHTML() {
        throw new Error('A script inserted markup (insertAdjacentHTML)');
    }

    insertAdjacentElement(position, element) {
        if (position !== 'afterend') {
            throw new Error('Only afterend is supported');
        }
        this.parentNode.insertBefore(element, this.nextElementSibling);
        return element;
    }

    getAttribute(name) {
        return this.attributes.has(name) ? this.attributes.get(name) : null;
    }

    setAttribute(name, value) {
        this.attributes.set(name, String(value));
    }

    hasAttribute(name) {
        return this.attributes.has(name);
    }

    removeAttribute(name) {
        this.attributes.delete(name);
    }

    closest(selector) {
        for (let node = this; node instanceof Element; node = node.parentNode) {
            if (node.matches(selector)) {
                return node;
            }
        }
        return null;
    }

    matches(selector) {
        return selector.split(',').some((part) => matchesCompound(this, parseCompound(part.trim())));
    }
}

function parseCompound(text) {
    const compound = { tag: null, id: null, classes: [], attributes: [] };
    const pattern = /^([a-zA-Z][\w-]*)|#([\w-]+)|\.([\w-]+)|\[([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\]]*)))?\]/g;
    let rest = text;
    let match;
    pattern.lastIndex = 0;
    while (rest.length) {
        pattern.lastIndex = 0;
        match = pattern.exec(rest);
        if (!match || match.index !== 0) {
            throw new Error('Unsupported selector ' + text);
        }
        if (match[1]) {
            compound.tag = match[1].toUpperCase();
        } else if (match[2]) {
            compound.id = match[2];
        } else if (match[3]) {
            compound.classes.push(match[3]);
        } else {
            const value = match[5] !== undefined ? match[5] : match[6] !== undefined ? match[6] : match[7];
            compound.attributes.push({ name: match[4], value: value === undefined ? null : value });
        }
        rest = rest.slice(match[0].length);
    }
    return compound;
}

function matchesCompound(element, compound) {
    return (!compound.tag || element.tagName === compound.tag)
        && (!compound.id || element.getAttribute('id') === compound.id)
        && compound.classes.every((name) => element.classList.contains(name))
        && compound.attributes.every((attribute) => element.hasAttribute(attribute.name)
            && (attribute.value === null || element.getAttribute(attribute.name) === attribute.value));
}

/** Whether the element matches the last compound and its ancestors (below root) match the others in order. */
function matchesChain(element, chain, root) {
    if (!matchesCompound(element, chain[chain.length - 1])) {
        return false;
    }
    let index = chain.length - 2;
    for (let node = element.parentNode; index >= 0 && node && node !== root.parentNode; node = node.parentNode) {
        if (node instanceof Element && matchesCompound(node, chain[index])) {
            index--;
        }
    }
    return index < 0;
}

class Document extends Node {
    constructor() {
        super(null);
        this.ownerDocument = this;
        this.readyState = 'complete';
        this.documentElement = this.createElement('html');
        this.appendChild(this.documentElement);
        this.head = this.documentElement.appendChild(this.createElement('head'));
        this.body = this.documentElement.appendChild(this.createElement('body'));
    }

    createElement(tagName) {
        return new Element(this, tagName);
    }

    createTextNode(data) {
        return new Text(this, String(data));
    }

    getElementById(id) {
        return this.querySelector('#' + id);
    }

    getElementsByClassName(name) {
        return this.querySelectorAll('.' + name);
    }
}

/** A new empty document; meta names Jira's user settings, such as {'ajs-user-locale': 'en_US'}. */
function createDocument(meta) {
    const document = new Document();
    Object.keys(meta || {}).forEach((name) => {
        const tag = document.createElement('meta');
        tag.setAttribute('name', name);
        tag.setAttribute('content', meta[name]);
        document.head.appendChild(tag);
    });
    return document;
}

module.exports = { createDocument, Element, Text };
