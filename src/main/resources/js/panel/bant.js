/*
 * The BANT section of the deal panel: an answer and a note per criterion, the score and what the qualification
 * gate still needs as the server answered them, and Save. Notes stay one line until opened; a closed deal or a
 * user without edit permission reads the answers only.
 */
define('sales-pipeline/panel/bant',
    ['sales-pipeline/common/dom', 'sales-pipeline/common/text', 'sales-pipeline/common/rest', 'sales-pipeline/panel/common'],
    function (dom, format, rest, common) {
        'use strict';

        var el = dom.el;
        var text = common.text;
        var ANSWERS = ['UNKNOWN', 'PARTIAL', 'CONFIRMED'];

        function firstLine(note) {
            return (note || '').split('\n')[0];
        }

        function name(line) {
            return el('span.sp-bant-name', [common.named('criterion', line.criterion),
                line.mandatory ? el('span.aui-lozenge.sp-mandatory', text('sales-pipeline.panel.bant.mandatory')) : null]);
        }

        function answerSelect(line) {
            return el('select.select.sp-bant-answer', { name: line.criterion + '.answer',
                'aria-label': common.named('criterion', line.criterion) },
                ANSWERS.map(function (answer) {
                    return el('option', { value: answer, selected: answer === line.answer }, common.named('answer', answer));
                }));
        }

        /** The note, one line until opened; its summary follows what is typed. */
        function note(line) {
            var summary = el('summary.sp-note-summary', firstLine(line.note) || text('sales-pipeline.panel.bant.note.add'));
            var area = el('textarea.textarea.sp-bant-note', { name: line.criterion + '.note', maxLength: 2000, rows: 3,
                placeholder: text('sales-pipeline.panel.bant.note'),
                'aria-label': text('sales-pipeline.panel.bant.note.of', common.named('criterion', line.criterion)) });
            area.value = line.note || '';
            area.addEventListener('input', function () {
                summary.textContent = firstLine(area.value) || text('sales-pipeline.panel.bant.note.add');
            });
            return el('details.sp-note', [summary, area]);
        }

        function criterion(line, editable) {
            var parts = [name(line)];
            if (editable) {
                parts.push(answerSelect(line), note(line), el('div.error.sp-field-error'));
            } else {
                parts.push(el('span.sp-bant-answer-text', common.named('answer', line.answer)),
                    el('span.sp-bant-note-text', line.note || text('sales-pipeline.panel.bant.note.none')));
            }
            return el('div.sp-bant-criterion', { role: 'group', 'data-criterion': line.criterion,
                'aria-label': common.named('criterion', line.criterion) }, parts);
        }

        /** The score and the gate, as the server answered: the threshold, the gate's stage, and what is still missing. */
        function standing(bant) {
            var gateName = bant.gateStageName || text('sales-pipeline.panel.bant.gate.default');
            var gate = bant.gateStage === null ? text('sales-pipeline.panel.bant.gate.none')
                : text('sales-pipeline.panel.bant.gate', format.number(bant.threshold, 1), gateName);
            var parts = [el('p.sp-bant-score', [el('strong', text('sales-pipeline.panel.bant.score', format.number(bant.score, 1))), ' ', gate])];
            if (bant.gateStage === null) {
                return parts;
            }
            var needs;
            if (bant.applies === false) {
                needs = [el('li.sp-bant-passed', text('sales-pipeline.panel.bant.gate.passed'))];
            } else if (!bant.missing.length) {
                needs = [el('li.sp-bant-met', text('sales-pipeline.panel.bant.met', gateName))];
            } else {
                needs = bant.missing.map(function (missing) { return el('li', missing); });
            }
            parts.push(el('ul.sp-bant-needs', needs));
            return parts;
        }

        function showErrors(form, status, error) {
            dom.all(form, '.sp-field-error').forEach(dom.clear);
            var general = [];
            error.errors.forEach(function (each) {
                var key = each.field ? each.field.split('.')[0] : null;
                var group = dom.all(form, '.sp-bant-criterion').filter(function (node) {
                    return node.getAttribute('data-criterion') === key;
                })[0];
                if (group) {
                    dom.replace(group.querySelector('.sp-field-error'), each.message);
                } else {
                    general.push(each.message);
                }
            });
            status.className = 'sp-bant-status error';
            dom.replace(status, general.join(' '));
        }

        function wire(form, deal, save, status, refresh) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var body = {};
                deal.bant.criteria.forEach(function (line) {
                    body[line.criterion] = {
                        answer: form.elements[line.criterion + '.answer'].value,
                        note: form.elements[line.criterion + '.note'].value
                    };
                });
                save.disabled = true;
                dom.clear(status);
                rest.put(rest.deal(deal.key) + '/bant', body).then(function (next) {
                    refresh(next, { bant: 'saved' });
                }, function (error) {
                    save.disabled = false;
                    showErrors(form, status, error);
                });
            });
        }

        /** The section; notice 'saved' puts the confirmation next to the Save button. */
        function render(deal, refresh, notice) {
            var editable = common.editable(deal);
            var heading = el('h3', text('sales-pipeline.panel.bant'));
            var body = [el('div.sp-bant-criteria', deal.bant.criteria.map(function (line) { return criterion(line, editable); })),
                standing(deal.bant)];
            if (!editable) {
                return el('details.sp-bant.sp-readonly', [el('summary', [heading, ' ', el('span.sp-bant-summary',
                    text('sales-pipeline.panel.bant.score', format.number(deal.bant.score, 1)))]),
                    el('p.sp-readonly-note', text('sales-pipeline.panel.readonly')), body]);
            }
            var save = el('button.aui-button.aui-button-primary.sp-bant-save', { type: 'submit' }, text('sales-pipeline.panel.bant.save'));
            var status = el('span.sp-bant-status', { role: 'status' }, notice === 'saved' ? text('sales-pipeline.panel.bant.saved') : null);
            var form = el('form.aui.sp-bant', [heading, body, el('div.sp-bant-actions', [save, ' ', status])]);
            wire(form, deal, save, status, refresh);
            return form;
        }

        return { render: render };
    });
