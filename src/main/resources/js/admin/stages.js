/*
 * The stage list of the edit page: add, remove and reorder stages and their checklist items. A new stage has no key
 * until the server gives it one on save; until then it is told apart by a name of the page's own (data-temp), and
 * its checklist waits for that save.
 */
define('sales-pipeline/admin/stages', ['sales-pipeline/common/dom'], function (dom) {
    'use strict';

    function fromTemplate(id) {
        return document.getElementById(id).content.firstElementChild.cloneNode(true);
    }

    var added = 0;

    /** Wires the stage list; onChange runs whenever the stages (their names or order) change. */
    function init(list, addButton, onChange, waitText) {
        list.addEventListener('click', function (event) {
            var button = event.target.closest('button');
            var stage = button && button.closest('.sp-stage');
            if (!stage) {
                return;
            }
            if (button.classList.contains('sp-stage-up') && stage.previousElementSibling) {
                list.insertBefore(stage, stage.previousElementSibling);
            } else if (button.classList.contains('sp-stage-down') && stage.nextElementSibling) {
                list.insertBefore(stage.nextElementSibling, stage);
            } else if (button.classList.contains('sp-stage-remove')) {
                stage.remove();
            } else if (button.classList.contains('sp-item-add')) {
                var item = fromTemplate('sp-item-template');
                stage.querySelector('.sp-items').appendChild(item);
                item.querySelector('.sp-item-text').focus();
                return;
            } else if (button.classList.contains('sp-item-remove')) {
                button.closest('.sp-item').remove();
                return;
            } else {
                return;
            }
            onChange();
        });
        list.addEventListener('input', function (event) {
            if (event.target.classList.contains('sp-stage-name')) {
                onChange();
            }
        });
        addButton.addEventListener('click', function () {
            var stage = fromTemplate('sp-stage-template');
            added += 1;
            stage.setAttribute('data-temp', 'new-' + added);
            var addItem = stage.querySelector('.sp-item-add');
            addItem.disabled = true;
            addItem.setAttribute('title', waitText);
            list.appendChild(stage);
            stage.querySelector('.sp-stage-name').focus();
            onChange();
        });
    }

    /**
     * The stages in their order: key (empty for a new stage), name, and the value a mapping select gives the stage —
     * its key, or for a new stage "new:" and its page name.
     */
    function current(list) {
        return dom.all(list, '.sp-stage').map(function (stage) {
            var key = stage.getAttribute('data-key') || '';
            return { key: key, name: stage.querySelector('.sp-stage-name').value,
                value: key || 'new:' + stage.getAttribute('data-temp') };
        });
    }

    /** After a save: each stage takes the key the server gave it, and a new stage's checklist opens. */
    function saved(list, keys) {
        dom.all(list, '.sp-stage').forEach(function (stage, i) {
            stage.setAttribute('data-key', keys[i]);
            stage.removeAttribute('data-new');
            stage.removeAttribute('data-temp');
            stage.querySelector('.sp-stage-key').textContent = keys[i];
            var addItem = stage.querySelector('.sp-item-add');
            addItem.disabled = false;
            addItem.removeAttribute('title');
        });
    }

    return { init: init, current: current, saved: saved };
});
