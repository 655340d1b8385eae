/*
 * Asks for the reason of a Lost or Disqualified move, from the reason field's options, in a modal dialog: resolves
 * with the chosen option, rejects with {cancelled: true} when the user cancels (Escape or Cancel). Focus starts on
 * the list and returns to where it was.
 */
define('sales-pipeline/board/reason', ['sales-pipeline/common/dom', 'sales-pipeline/board/common'], function (dom, common) {
    'use strict';

    var el = dom.el;
    var text = common.text;

    function ask(container, outcomeName, options) {
        var returnTo = document.activeElement;
        return new Promise(function (resolve, reject) {
            var select = el('select.select', { id: 'sp-reason-choice', 'aria-required': 'true',
                'aria-describedby': 'sp-reason-error' },
                [el('option', { value: '' }, text('sales-pipeline.board.reason.choose'))].concat(options.map(function (option) {
                    return el('option', { value: String(option.id) }, option.value || option.name || String(option.id));
                })));
            var error = el('div.error', { id: 'sp-reason-error', role: 'alert' });
            var submit = el('button.aui-button.aui-button-primary', { type: 'submit', id: 'sp-reason-submit' },
                text('sales-pipeline.board.reason.submit'));
            var cancel = el('button.aui-button.aui-button-link', { type: 'button', id: 'sp-reason-cancel' },
                text('sales-pipeline.board.reason.cancel'));
            var form = el('form.aui.sp-reason-form', [
                el('header.aui-dialog2-header', el('h2.aui-dialog2-header-main', { id: 'sp-reason-title' },
                    text('sales-pipeline.board.reason.title', outcomeName))),
                el('div.aui-dialog2-content', el('div.field-group', [
                    el('label', { htmlFor: 'sp-reason-choice' }, text('sales-pipeline.board.reason.label')), select, error])),
                el('footer.aui-dialog2-footer', el('div.aui-dialog2-footer-actions', [submit, cancel]))
            ]);
            var dialog = el('section.aui-dialog2.aui-dialog2-small.sp-reason-dialog',
                { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'sp-reason-title' }, form);
            var blanket = el('div.sp-blanket', dialog);

            function close() {
                blanket.parentNode.removeChild(blanket);
                if (returnTo && returnTo.focus) {
                    returnTo.focus();
                }
            }
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var chosen = options.filter(function (option) { return String(option.id) === select.value; })[0];
                if (!chosen) {
                    dom.replace(error, text('sales-pipeline.board.reason.required'));
                    select.focus();
                    return;
                }
                close();
                resolve(chosen);
            });
            function cancelled() {
                close();
                reject({ cancelled: true });
            }
            cancel.addEventListener('click', cancelled);
            blanket.addEventListener('keydown', function (event) {
                if (event.key === 'Escape') {
                    cancelled();
                }
            });
            container.appendChild(blanket);
            select.focus();
        });
    }

    return { ask: ask };
});
