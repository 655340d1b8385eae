/*
 * The confirmation dialog of the admin pages (AUI's dialog2 markup): it shows what the server says a change would do
 * and asks before it is sent again with the answer. A 409 answer names each line to confirm and the request fields
 * that confirm it (confirmWith: "confirm", "removedStages", "replace"); a removed stage's line asks where its statuses
 * go. Cancel sends nothing.
 */
define('sales-pipeline/admin/confirm', ['sales-pipeline/common/dom', 'sales-pipeline/admin/messages'], function (dom, messages) {
    'use strict';

    var el = dom.el;
    var REMOVED = 'removedStages.';
    var opened = 0;

    /** Shows the dialog through AUI where Jira offers it, else as a plain layer over a blanket; returns a hide function. */
    function open(dialog, onDismiss) {
        document.body.appendChild(dialog);
        if (window.AJS && typeof AJS.dialog2 === 'function') {
            var aui = AJS.dialog2(dialog);
            aui.on('hide', onDismiss);
            aui.show();
            return function () {
                aui.off('hide', onDismiss);
                aui.hide();
                aui.remove();
            };
        }
        var blanket = el('div.aui-blanket.sp-blanket', { tabindex: '-1' });
        var onKey = function (event) {
            if (event.key === 'Escape') {
                onDismiss();
            }
        };
        dialog.setAttribute('aria-hidden', 'false');
        document.body.insertBefore(blanket, dialog);
        document.addEventListener('keydown', onKey);
        return function () {
            document.removeEventListener('keydown', onKey);
            blanket.remove();
            dialog.remove();
        };
    }

    /**
     * Asks: {title, intro, lines: [{message, choices?: [{value, label}], name?}], ok}. Resolves with the chosen value
     * of each line that has choices, by name, on OK, and with null on Cancel (or Escape).
     */
    function ask(question) {
        opened += 1;
        var id = 'sp-confirm-' + opened;
        var selects = {};
        var items = question.lines.map(function (line) {
            if (!line.choices) {
                return el('li.sp-confirm-line', el('p', line.message));
            }
            var select = el('select.select.sp-confirm-choice', { id: id + '-' + line.name, 'data-name': line.name },
                line.choices.map(function (choice) { return el('option', { value: choice.value }, choice.label); }));
            selects[line.name] = select;
            return el('li.sp-confirm-line', { 'data-name': line.name }, [el('p', line.message),
                el('label', { for: id + '-' + line.name }, messages.text('sales-pipeline.admin.confirm.removed.label')), ' ', select]);
        });
        var ok = el('button.aui-button.aui-button-primary.sp-confirm-ok', { type: 'button' }, question.ok);
        var cancel = el('button.aui-button.aui-button-link.sp-confirm-cancel', { type: 'button' },
            messages.text('sales-pipeline.admin.confirm.cancel'));
        var dialog = el('section.aui-dialog2.aui-dialog2-medium.aui-layer.sp-confirm',
            { id: id, role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': id + '-title', 'aria-hidden': 'true' }, [
                el('header.aui-dialog2-header', el('h2.aui-dialog2-header-main', { id: id + '-title' }, question.title)),
                el('div.aui-dialog2-content', [el('p', question.intro), el('ul.sp-confirm-lines', items)]),
                el('footer.aui-dialog2-footer', el('div.aui-dialog2-footer-actions', [ok, cancel]))
            ]);
        return new Promise(function (resolve) {
            var done = false;
            var hide = null;
            function finish(answer) {
                if (done) {
                    return;
                }
                done = true;
                if (hide) {
                    hide();
                }
                resolve(answer);
            }
            hide = open(dialog, function () { finish(null); });
            ok.addEventListener('click', function () {
                var answer = {};
                Object.keys(selects).forEach(function (name) { answer[name] = selects[name].value; });
                finish(answer);
            });
            cancel.addEventListener('click', function () { finish(null); });
            if (typeof ok.focus === 'function') {
                ok.focus();
            }
        });
    }

    /** What removing a stage changes, from the figures the server sends: its open deals and stays, and its statuses. */
    function removedStage(stage, statusNames) {
        var text = messages.text;
        var said = text('sales-pipeline.admin.confirm.removed.holds', stage.name,
            text.count('sales-pipeline.admin.confirm.removed.deals', stage.openDeals),
            text.count('sales-pipeline.admin.confirm.removed.stays', stage.stays));
        var names = stage.statuses.map(function (id) { return (statusNames && statusNames[id]) || id; });
        return names.length ? said + ' ' + text('sales-pipeline.admin.confirm.removed.statuses', names.join(', ')) : said;
    }

    /**
     * Asks about a 409 answer and resolves with the fields to send again — confirm: true, replace: true, and
     * removedStages with each removed stage's destination (a stage key, or null for unmapped) — or null on Cancel.
     * stageChoices are the stages a removed stage's statuses may go to ([{value: key, label: name}]), statusNames the
     * names of the workflow's statuses by id.
     */
    function answer(error, options) {
        var confirmWith = error.confirmWith || [];
        var unmapped = { value: '', label: messages.text('sales-pipeline.admin.confirm.removed.unmapped') };
        var figures = {};
        (error.removedStages || []).forEach(function (stage) { figures[stage.key] = stage; });
        var lines = error.errors.map(function (each) {
            var field = each.field || '';
            if (field.indexOf(REMOVED) === 0 && confirmWith.indexOf('removedStages') >= 0) {
                var key = field.substring(REMOVED.length);
                return { message: figures[key] ? removedStage(figures[key], options.statusNames) : each.message, name: key,
                    choices: [unmapped].concat(options.stageChoices || []) };
            }
            return { message: each.message };
        });
        return ask({ title: options.title, intro: options.intro, ok: options.ok, lines: lines }).then(function (chosen) {
            if (!chosen) {
                return null;
            }
            var fields = {};
            if (confirmWith.indexOf('confirm') >= 0) {
                fields.confirm = true;
            }
            if (confirmWith.indexOf('replace') >= 0) {
                fields.replace = true;
            }
            var removed = Object.keys(chosen);
            if (removed.length) {
                fields.removedStages = {};
                removed.forEach(function (key) { fields.removedStages[key] = { mapTo: chosen[key] || null }; });
            }
            return fields;
        });
    }

    /**
     * Sends a change with send(body); on a 409 asks and sends it again with the answer merged in, until it is saved
     * (resolves with the answer's body) or cancelled (resolves with null). Any other failure rejects as the call did.
     */
    function sendConfirmed(send, body, options) {
        return send(body).catch(function (error) {
            if (error.status !== 409 || !error.confirmWith || !error.confirmWith.length) {
                throw error;
            }
            return answer(error, typeof options === 'function' ? options() : options).then(function (fields) {
                if (!fields) {
                    return null;
                }
                var again = Object.assign({}, body, fields);
                if (body.removedStages && fields.removedStages) {
                    again.removedStages = Object.assign({}, body.removedStages, fields.removedStages);
                }
                return sendConfirmed(send, again, options);
            });
        });
    }

    return { ask: ask, answer: answer, sendConfirmed: sendConfirmed };
});
