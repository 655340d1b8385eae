/*
 * The one DOM helper of the app's scripts. It builds elements from data and sets every value as text or as an
 * attribute, never as markup, so that nothing a user typed can become part of the page.
 */
define('sales-pipeline/common/dom', [], function () {
    'use strict';

    /* Properties set on the element itself rather than as attributes (they have no attribute, or it only seeds them). */
    var PROPERTIES = ['value', 'checked', 'selected', 'disabled', 'hidden', 'open', 'type', 'name', 'title', 'htmlFor',
        'maxLength', 'rows', 'max', 'placeholder', 'required', 'id'];

    function append(node, child) {
        if (child === null || child === undefined || child === false) {
            return;
        }
        if (Array.isArray(child)) {
            child.forEach(function (each) { append(node, each); });
        } else if (typeof child === 'object') {
            node.appendChild(child);
        } else {
            node.appendChild(document.createTextNode(String(child)));
        }
    }

    /**
     * An element: el('li.sp-item.sp-ticked', {'data-item': id, title: when}, ['text', childNode, …]). A class list
     * follows the tag after dots; attributes whose value is null, undefined or false are left out; children are
     * nodes or text (arrays are flattened, null skipped).
     */
    function el(spec, attributes, children) {
        var parts = spec.split('.');
        var node = document.createElement(parts[0]);
        if (parts.length > 1) {
            node.className = parts.slice(1).join(' ');
        }
        if (attributes && (typeof attributes !== 'object' || Array.isArray(attributes) || attributes.nodeType)) {
            children = attributes;
            attributes = null;
        }
        Object.keys(attributes || {}).forEach(function (name) {
            var value = attributes[name];
            if (value === null || value === undefined || value === false) {
                return;
            }
            if (PROPERTIES.indexOf(name) >= 0) {
                node[name] = value;
            } else {
                node.setAttribute(name, value === true ? '' : String(value));
            }
        });
        append(node, children);
        return node;
    }

    /** Removes every child of the node. */
    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
        return node;
    }

    /** Replaces the node's children with the given ones. */
    function replace(node, children) {
        clear(node);
        append(node, children);
        return node;
    }

    /** The elements under root that match the selector, as an array. */
    function all(root, selector) {
        return Array.prototype.slice.call(root.querySelectorAll(selector));
    }

    /** Runs start once the document has loaded (at once when it already has). */
    function ready(start) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', start);
        } else {
            start();
        }
    }

    return { el: el, clear: clear, replace: replace, append: append, all: all, ready: ready };
});
