/*
 * The deal panel on the issue view: fills every empty deal container from the REST API and lets the rep answer
 * BANT and tick checklists. Everything the page shows from data is set as text, never as markup.
 */
(function () {
    'use strict';

    var CONTAINER = 'sales-pipeline-deal';
    var ANSWERS = ['UNKNOWN', 'PARTIAL', 'CONFIRMED'];
    var POINTS = { UNKNOWN: 0, PARTIAL: 0.5, CONFIRMED: 1 };

    /* Every message of the panel, each named literally so that Jira's script i18n transformer can replace it. */
    function messages() {
        return {
        'amount': AJS.I18n.getText('sales-pipeline.panel.amount'),
        'bant': AJS.I18n.getText('sales-pipeline.panel.bant'),
        'bant.AUTHORITY': AJS.I18n.getText('sales-pipeline.panel.bant.AUTHORITY'),
        'bant.BUDGET': AJS.I18n.getText('sales-pipeline.panel.bant.BUDGET'),
        'bant.NEED': AJS.I18n.getText('sales-pipeline.panel.bant.NEED'),
        'bant.TIMELINE': AJS.I18n.getText('sales-pipeline.panel.bant.TIMELINE'),
        'bant.answer.CONFIRMED': AJS.I18n.getText('sales-pipeline.panel.bant.answer.CONFIRMED'),
        'bant.answer.PARTIAL': AJS.I18n.getText('sales-pipeline.panel.bant.answer.PARTIAL'),
        'bant.answer.UNKNOWN': AJS.I18n.getText('sales-pipeline.panel.bant.answer.UNKNOWN'),
        'bant.mandatory': AJS.I18n.getText('sales-pipeline.panel.bant.mandatory'),
        'bant.met': AJS.I18n.getText('sales-pipeline.panel.bant.met'),
        'bant.needs.mandatory': AJS.I18n.getText('sales-pipeline.panel.bant.needs.mandatory'),
        'bant.needs.score': AJS.I18n.getText('sales-pipeline.panel.bant.needs.score'),
        'bant.note': AJS.I18n.getText('sales-pipeline.panel.bant.note'),
        'bant.note.of': AJS.I18n.getText('sales-pipeline.panel.bant.note.of'),
        'bant.save': AJS.I18n.getText('sales-pipeline.panel.bant.save'),
        'bant.saved': AJS.I18n.getText('sales-pipeline.panel.bant.saved'),
        'bant.score': AJS.I18n.getText('sales-pipeline.panel.bant.score'),
        'checklist.current': AJS.I18n.getText('sales-pipeline.panel.checklist.current'),
        'checklist.progress': AJS.I18n.getText('sales-pipeline.panel.checklist.progress'),
        'checklist.required': AJS.I18n.getText('sales-pipeline.panel.checklist.required'),
        'checklist.ticked': AJS.I18n.getText('sales-pipeline.panel.checklist.ticked'),
        'checklist.unticked': AJS.I18n.getText('sales-pipeline.panel.checklist.unticked'),
        'checklists': AJS.I18n.getText('sales-pipeline.panel.checklists'),
        'days': AJS.I18n.getText('sales-pipeline.panel.days'),
        'error.http': AJS.I18n.getText('sales-pipeline.panel.error.http'),
        'error.network': AJS.I18n.getText('sales-pipeline.panel.error.network'),
        'exit': AJS.I18n.getText('sales-pipeline.panel.exit'),
        'guidance': AJS.I18n.getText('sales-pipeline.panel.guidance'),
        'outcome.DISQUALIFIED': AJS.I18n.getText('sales-pipeline.panel.outcome.DISQUALIFIED'),
        'outcome.LOST': AJS.I18n.getText('sales-pipeline.panel.outcome.LOST'),
        'outcome.WON': AJS.I18n.getText('sales-pipeline.panel.outcome.WON'),
        'outcome.at': AJS.I18n.getText('sales-pipeline.panel.outcome.at'),
        'outcome.reason': AJS.I18n.getText('sales-pipeline.panel.outcome.reason'),
        'pipeline': AJS.I18n.getText('sales-pipeline.panel.pipeline'),
        'probability': AJS.I18n.getText('sales-pipeline.panel.probability'),
        'rotting': AJS.I18n.getText('sales-pipeline.panel.rotting'),
        'rotting.title': AJS.I18n.getText('sales-pipeline.panel.rotting.title'),
        'unmapped': AJS.I18n.getText('sales-pipeline.panel.unmapped'),
        'weighted': AJS.I18n.getText('sales-pipeline.panel.weighted')
        };
    }

    var text = window.SalesPipeline.messages(messages);

    function base() {
        var contextPath = (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
        return contextPath + '/rest/sales-pipeline/1.0/deals/';
    }

    /** Calls the API; resolves with {status, body}. */
    function call(method, path, body) {
        var options = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
        if (method !== 'GET') {
            options.headers['X-Atlassian-Token'] = 'no-check';
        }
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(base() + path, options).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (json) {
                return { status: response.status, body: json };
            });
        });
    }

    function el(tag, className, content) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (content !== undefined && content !== null) {
            node.textContent = String(content);
        }
        return node;
    }

    function errorsOf(answer) {
        return (answer.body && answer.body.errors) || [{ field: null, message: text('error.http', answer.status) }];
    }

    var money = window.SalesPipeline.money;
    var number = window.SalesPipeline.number;

    function when(iso) {
        return iso ? new Date(iso).toLocaleString() : '';
    }

    function message(container, kind, lines) {
        var box = el('div', 'aui-message aui-message-' + kind + ' sp-message');
        box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
        lines.forEach(function (line) {
            box.appendChild(el('p', null, line));
        });
        container.insertBefore(box, container.firstChild);
        return box;
    }

    function stagePath(deal) {
        var section = el('section', 'sp-path-section');
        var path = el('ol', 'sp-path');
        deal.path.forEach(function (step) {
            var item = el('li', 'sp-step sp-step-' + step.state.toLowerCase(), step.name);
            item.setAttribute('data-stage', step.key);
            if (step.state === 'CURRENT') {
                item.setAttribute('aria-current', 'step');
            }
            path.appendChild(item);
        });
        section.appendChild(path);
        if (deal.closed) {
            var outcome = el('p', 'sp-outcome');
            var lozenge = el('span', 'aui-lozenge sp-outcome-' + deal.closed.outcome.toLowerCase(),
                text('outcome.' + deal.closed.outcome));
            outcome.appendChild(lozenge);
            if (deal.closed.at) {
                outcome.appendChild(el('span', 'sp-outcome-at', ' ' + text('outcome.at', when(deal.closed.at))));
            }
            if (deal.closed.reason) {
                outcome.appendChild(el('span', 'sp-outcome-reason', ' ' + text('outcome.reason', deal.closed.reason)));
            }
            section.appendChild(outcome);
        } else if (!deal.currentStage) {
            section.appendChild(el('p', 'sp-unmapped', text('unmapped', deal.statusId || '')));
        }
        return section;
    }

    function facts(deal) {
        var list = el('dl', 'sp-facts');
        function fact(name, value, extra) {
            list.appendChild(el('dt', null, name));
            var dd = el('dd', null, value);
            if (extra) {
                dd.appendChild(extra);
            }
            list.appendChild(dd);
        }
        if (deal.daysInStage !== null && deal.daysInStage !== undefined) {
            var badge = null;
            if (deal.rotting) {
                badge = el('span', 'aui-lozenge aui-lozenge-error sp-rot', text('rotting', deal.rotDays));
                badge.title = text('rotting.title', deal.rotDays);
            }
            fact(text('days'), number(deal.daysInStage, 1) + ' ', badge);
        }
        fact(text('probability'), deal.probability + ' %');
        fact(text('amount'), money(deal.amount, deal.currency));
        fact(text('weighted'), money(deal.weightedValue, deal.currency));
        return list;
    }

    function guidance(deal) {
        var section = el('section', 'sp-guidance');
        if (!deal.currentStage) {
            return section;
        }
        section.appendChild(el('h3', null, text('guidance')));
        section.appendChild(el('p', 'sp-advice', deal.guidance));
        section.appendChild(el('h4', null, text('exit')));
        section.appendChild(el('p', 'sp-exit', deal.exitCriteria));
        return section;
    }

    /** What the policy still needs for the answers chosen in the form, in the policy's words. */
    function stillNeeds(bant, chosen) {
        var needs = [];
        var score = 0;
        bant.criteria.forEach(function (line) {
            score += POINTS[chosen[line.criterion]];
        });
        if (score < bant.threshold) {
            needs.push(text('bant.needs.score', number(score, 1), number(bant.threshold, 1)));
        }
        bant.criteria.forEach(function (line) {
            if (line.mandatory && chosen[line.criterion] !== 'CONFIRMED') {
                needs.push(text('bant.needs.mandatory', text('bant.' + line.criterion)));
            }
        });
        return { score: score, needs: needs };
    }

    function bantEditor(deal, refresh) {
        var form = el('form', 'aui sp-bant');
        form.appendChild(el('h3', null, text('bant')));
        var chosen = {};
        var scoreLine = el('p', 'sp-bant-score');
        var needsList = el('ul', 'sp-bant-needs');
        function update() {
            var state = stillNeeds(deal.bant, chosen);
            scoreLine.textContent = text('bant.score', number(state.score, 1), number(deal.bant.threshold, 1));
            needsList.textContent = '';
            if (state.needs.length === 0) {
                needsList.appendChild(el('li', 'sp-bant-met', text('bant.met')));
            }
            state.needs.forEach(function (need) {
                needsList.appendChild(el('li', null, need));
            });
        }
        deal.bant.criteria.forEach(function (line) {
            chosen[line.criterion] = line.answer;
            var group = el('fieldset', 'group sp-bant-criterion');
            group.setAttribute('data-criterion', line.criterion);
            var legend = el('legend', null, text('bant.' + line.criterion));
            if (line.mandatory) {
                legend.appendChild(el('span', 'aui-lozenge sp-mandatory', text('bant.mandatory')));
            }
            group.appendChild(legend);
            var select = el('select', 'select sp-bant-answer');
            select.name = line.criterion + '.answer';
            select.setAttribute('aria-label', text('bant.' + line.criterion));
            ANSWERS.forEach(function (answer) {
                var option = el('option', null, text('bant.answer.' + answer));
                option.value = answer;
                option.selected = answer === line.answer;
                select.appendChild(option);
            });
            select.disabled = !deal.canEdit;
            select.addEventListener('change', function () {
                chosen[line.criterion] = select.value;
                update();
            });
            group.appendChild(select);
            var note = el('textarea', 'textarea sp-bant-note');
            note.name = line.criterion + '.note';
            note.maxLength = 2000;
            note.rows = 2;
            note.placeholder = text('bant.note');
            note.setAttribute('aria-label', text('bant.note.of', text('bant.' + line.criterion)));
            note.value = line.note || '';
            note.disabled = !deal.canEdit;
            group.appendChild(note);
            group.appendChild(el('div', 'error sp-field-error'));
            form.appendChild(group);
        });
        form.appendChild(scoreLine);
        form.appendChild(needsList);
        update();
        if (deal.canEdit) {
            var save = el('button', 'aui-button aui-button-primary sp-bant-save', text('bant.save'));
            save.type = 'submit';
            form.appendChild(save);
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
                call('PUT', encodeURIComponent(deal.key) + '/bant', body).then(function (answer) {
                    save.disabled = false;
                    if (answer.status === 200) {
                        refresh(answer.body, [text('bant.saved')]);
                        return;
                    }
                    showFieldErrors(form, errorsOf(answer));
                });
            });
        }
        return form;
    }

    function showFieldErrors(form, errors) {
        Array.prototype.forEach.call(form.querySelectorAll('.sp-field-error'), function (node) {
            node.textContent = '';
        });
        var general = [];
        errors.forEach(function (error) {
            var criterion = error.field ? error.field.split('.')[0] : null;
            var group = criterion ? form.querySelector('[data-criterion="' + criterion.replace(/[^A-Z]/g, '') + '"] .sp-field-error') : null;
            if (group) {
                group.textContent = error.message;
            } else {
                general.push(error.message);
            }
        });
        Array.prototype.forEach.call(form.querySelectorAll('.sp-message'), function (node) {
            node.remove();
        });
        if (general.length) {
            message(form, 'error', general);
        }
    }

    function checklists(deal, refresh, reload) {
        var section = el('section', 'sp-checklists');
        if (deal.checklists.length === 0) {
            return section;
        }
        section.appendChild(el('h3', null, text('checklists')));
        deal.checklists.forEach(function (checklist) {
            var box = el('div', 'sp-checklist' + (checklist.current ? ' sp-checklist-current' : ''));
            box.setAttribute('data-stage', checklist.stage);
            var heading = el('h4', null, checklist.stageName + ' ');
            heading.appendChild(el('span', 'sp-progress', text('checklist.progress', checklist.done, checklist.total)));
            if (checklist.current) {
                heading.appendChild(el('span', 'aui-lozenge aui-lozenge-current sp-current', text('checklist.current')));
            }
            box.appendChild(heading);
            var bar = el('progress', 'sp-progress-bar');
            bar.max = checklist.total;
            bar.value = checklist.done;
            box.appendChild(bar);
            var list = el('ul', 'sp-items');
            checklist.items.forEach(function (item) {
                var row = el('li', 'sp-item' + (item.ticked ? ' sp-item-ticked' : ''));
                row.setAttribute('data-item', item.id);
                var label = el('label');
                var box2 = document.createElement('input');
                box2.type = 'checkbox';
                box2.checked = item.ticked;
                box2.disabled = !deal.canEdit;
                label.appendChild(box2);
                label.appendChild(el('span', 'sp-item-text', ' ' + item.text));
                if (item.required) {
                    label.appendChild(el('span', 'aui-lozenge sp-required', text('checklist.required')));
                }
                row.appendChild(label);
                if (item.changedBy) {
                    row.appendChild(el('span', 'sp-item-by', text(item.ticked ? 'checklist.ticked'
                        : 'checklist.unticked', item.changedBy, when(item.changedAt))));
                }
                box2.addEventListener('change', function () {
                    box2.disabled = true;
                    call('PUT', encodeURIComponent(deal.key) + '/checklist/' + encodeURIComponent(item.id),
                        { stage: checklist.stage, ticked: box2.checked, version: checklist.version }).then(function (answer) {
                        if (answer.status === 200) {
                            refresh(answer.body, []);
                        } else if (answer.status === 409) {
                            reload(errorsOf(answer).map(function (e) { return e.message; }));
                        } else {
                            box2.checked = !box2.checked;
                            box2.disabled = false;
                            message(box, 'error', errorsOf(answer).map(function (e) { return e.message; }));
                        }
                    });
                });
                list.appendChild(row);
            });
            box.appendChild(list);
            section.appendChild(box);
        });
        return section;
    }

    function render(container, deal, notices, warnings) {
        container.textContent = '';
        container.setAttribute('data-loaded', 'true');
        var panel = el('div', 'sp-panel');
        var title = el('p', 'sp-pipeline', text('pipeline', deal.pipelineName));
        panel.appendChild(title);
        panel.appendChild(stagePath(deal));
        panel.appendChild(facts(deal));
        panel.appendChild(guidance(deal));
        function refresh(next, lines) {
            render(container, next, lines, []);
        }
        function reload(lines) {
            load(container, [], lines);
        }
        panel.appendChild(bantEditor(deal, refresh));
        panel.appendChild(checklists(deal, refresh, reload));
        container.appendChild(panel);
        if (notices && notices.length) {
            message(container, 'confirmation', notices);
        }
        if (warnings && warnings.length) {
            message(container, 'warning', warnings);
        }
    }

    function load(container, notices, warnings) {
        var key = container.getAttribute('data-issue-key');
        container.setAttribute('aria-busy', 'true');
        return call('GET', encodeURIComponent(key)).then(function (answer) {
            container.removeAttribute('aria-busy');
            if (answer.status === 200) {
                render(container, answer.body, notices, warnings);
            } else {
                container.textContent = '';
                container.setAttribute('data-loaded', 'error');
                message(container, 'error', errorsOf(answer).map(function (e) { return e.message; }));
            }
        }, function () {
            container.removeAttribute('aria-busy');
            container.textContent = '';
            message(container, 'error', [text('error.network')]);
        });
    }

    function start() {
        Array.prototype.forEach.call(document.getElementsByClassName(CONTAINER), function (container) {
            if (!container.hasAttribute('data-started')) {
                container.setAttribute('data-started', 'true');
                load(container, [], []);
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
    // The issue view replaces its panels without a page load (for example after a transition).
    new MutationObserver(start).observe(document.documentElement, { childList: true, subtree: true });
}());
