/* The stage list of the edit page: add, remove and reorder stages and their checklist items; keys for new stages. */
define('sales-pipeline/admin/stages', ['sales-pipeline/common/dom'], function (dom) {
    'use strict';

    function fromTemplate(id) {
        return document.getElementById(id).content.firstElementChild.cloneNode(true);
    }

    /** A key for a new stage made from its name, as the server makes one: DEMO_GIVEN from "Demo given". */
    function keyFor(name, taken) {
        var base = (name || '').normalize('NFD').replace(/[^\x00-\x7F]/g, '').toUpperCase()
            .replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
        if (!base || !/^[A-Z]/.test(base)) {
            base = 'STAGE' + (base ? '_' + base : '');
        }
        base = base.substring(0, 36);
        var key = base;
        for (var n = 2; taken.indexOf(key) >= 0; n++) {
            key = base + '_' + n;
        }
        return key;
    }

    /** Wires the stage list; onChange runs whenever the stages (their keys, names or order) change. */
    function init(list, addButton, onChange) {
        function rekey(stage) {
            if (stage.getAttribute('data-new') !== 'true') {
                return;
            }
            var others = dom.all(list, '.sp-stage').filter(function (s) { return s !== stage; })
                .map(function (s) { return s.getAttribute('data-key'); });
            var key = keyFor(stage.querySelector('.sp-stage-name').value, others);
            stage.setAttribute('data-key', key);
            stage.querySelector('.sp-stage-key').textContent = key;
        }

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
                rekey(event.target.closest('.sp-stage'));
                onChange();
            }
        });
        addButton.addEventListener('click', function () {
            var stage = fromTemplate('sp-stage-template');
            list.appendChild(stage);
            rekey(stage);
            stage.querySelector('.sp-stage-name').focus();
            onChange();
        });
    }

    /** The stages in their order: key and name. */
    function current(list) {
        return dom.all(list, '.sp-stage').map(function (stage) {
            return { key: stage.getAttribute('data-key'), name: stage.querySelector('.sp-stage-name').value };
        });
    }

    return { init: init, current: current, keyFor: keyFor };
});
