/*
 * The edit page: reads the whole form into the JSON of PUT /pipelines/{key}, asks before a change the server wants
 * confirmed, and shows the answer's field errors; it also lists the options of the project's reason fields.
 */
define('sales-pipeline/admin/edit',
    ['sales-pipeline/common/rest', 'sales-pipeline/common/dom', 'sales-pipeline/admin/messages', 'sales-pipeline/admin/stages',
        'sales-pipeline/admin/mapping', 'sales-pipeline/admin/rebuild', 'sales-pipeline/admin/confirm',
        'sales-pipeline/admin/reasons', 'sales-pipeline/admin/calibration'],
    function (rest, dom, messages, stages, mapping, rebuild, confirm, reasons, calibration) {
        'use strict';

        function number(input) {
            var value = input.value.trim();
            return value === '' || isNaN(Number(value)) ? null : Number(value);
        }

        /** The request body, and the element each field path of an error answer points at. */
        function read(form) {
            var fields = { name: form.querySelector('#sp-name'), currency: form.querySelector('#sp-currency') };
            var body = { name: fields.name.value, currency: fields.currency.value.trim().toUpperCase(), stages: [], checklists: {} };
            dom.all(form, '.sp-stage').forEach(function (stage, i) {
                var path = 'stages[' + i + ']';
                var key = stage.getAttribute('data-key');
                var inputs = {
                    name: stage.querySelector('.sp-stage-name'), probability: stage.querySelector('.sp-stage-probability'),
                    rotDays: stage.querySelector('.sp-stage-rot-days'), guidance: stage.querySelector('.sp-stage-guidance'),
                    exitCriteria: stage.querySelector('.sp-stage-exit-criteria')
                };
                fields[path] = stage.querySelector('.sp-stage-head');
                fields[path + '.key'] = stage.querySelector('.sp-stage-key');
                Object.keys(inputs).forEach(function (name) { fields[path + '.' + name] = inputs[name]; });
                body.stages.push({
                    key: key || null, name: inputs.name.value, probability: number(inputs.probability),
                    rotDays: number(inputs.rotDays), guidance: inputs.guidance.value, exitCriteria: inputs.exitCriteria.value
                });
                var checklist = stage.querySelector('.sp-checklist');
                var items = dom.all(stage, '.sp-item');
                if (key && items.length) {
                    var itemsPath = 'checklists.' + key;
                    fields[itemsPath] = checklist.querySelector('legend');
                    body.checklists[key] = {
                        items: items.map(function (item, j) {
                            var itemPath = itemsPath + '.items[' + j + ']';
                            fields[itemPath] = item.querySelector('.sp-item-text');
                            fields[itemPath + '.text'] = item.querySelector('.sp-item-text');
                            return {
                                id: item.getAttribute('data-id') || null, text: item.querySelector('.sp-item-text').value,
                                required: item.querySelector('.sp-item-required').checked
                            };
                        })
                    };
                }
            });
            var mapped = mapping.lines(form.querySelector('#sp-mapping'), stages.current(form.querySelector('#sp-stages')));
            body.mapping = mapped.lines;
            mapped.selects.forEach(function (select, i) { fields['mapping[' + i + ']'] = select; });
            var threshold = form.querySelector('#sp-threshold');
            fields['policy.threshold'] = threshold;
            fields['policy.mandatory'] = form.querySelector('#sp-mandatory legend');
            var gate = form.querySelector('#sp-gate-stage');
            fields['policy.gateStage'] = gate;
            body.policy = {
                gateStage: gate.value,
                threshold: number(threshold),
                mandatory: dom.all(form, '.sp-criterion').filter(function (c) { return c.checked; }).map(function (c) { return c.value; })
            };
            return { body: body, fields: fields };
        }

        /** Takes the saved keys and item ids from the answer, so that a second save keeps them. */
        function adopt(form, saved) {
            stages.saved(form.querySelector('#sp-stages'), saved.stages.map(function (stage) { return stage.key; }));
            dom.all(form, '.sp-stage').forEach(function (stage, i) {
                var checklist = saved.checklists[saved.stages[i].key];
                dom.all(stage, '.sp-item').forEach(function (item, j) {
                    if (checklist && checklist.items[j]) {
                        item.setAttribute('data-id', checklist.items[j].id);
                    }
                });
            });
            form.closest('.sp-admin').querySelector('.sp-pipeline-title').textContent = saved.name;
            mapping.show(form.querySelector('#sp-mapping'), saved.mapping);
            var badge = document.getElementById('sp-unmapped-count');
            if (badge) {
                badge.hidden = saved.unmappedStatuses.length === 0;
            }
        }

        function init(root) {
            var form = root.querySelector('#sp-edit-form');
            var area = form.querySelector('#sp-messages');
            var list = form.querySelector('#sp-stages');
            var project = root.getAttribute('data-project');
            var refresh = function () { mapping.setStages(form.querySelector('#sp-mapping'), stages.current(list)); };
            stages.init(list, form.querySelector('#sp-stage-add'), refresh,
                messages.text('sales-pipeline.admin.checklist.after-save'));
            // The stages a removed stage's statuses may go to: those of the edit that have a key already.
            var stageChoices = function () {
                return stages.current(list).filter(function (stage) { return stage.key; }).map(function (stage) {
                    return { value: stage.key, label: stage.name || stage.key };
                });
            };
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var request = read(form);
                var save = form.querySelector('#sp-save');
                save.disabled = true;
                confirm.sendConfirmed(function (body) { return rest.put(rest.project(project), body); }, request.body, function () {
                    return { title: messages.text('sales-pipeline.admin.confirm.title'),
                        intro: messages.text('sales-pipeline.admin.confirm.intro'),
                        ok: messages.text('sales-pipeline.admin.confirm.ok'), stageChoices: stageChoices(),
                        statusNames: mapping.names(form.querySelector('#sp-mapping')) };
                }).then(function (saved) {
                    messages.clearFieldErrors(form);
                    if (saved) {
                        adopt(form, saved);
                        messages.show(area, 'success', messages.text('sales-pipeline.admin.edit.saved'));
                    } else {
                        messages.show(area, 'info', messages.text('sales-pipeline.admin.confirm.cancelled'));
                    }
                    messages.focus(area);
                }, function (error) {
                    messages.showErrors(area, form, request.fields, error);
                }).then(function () {
                    save.disabled = false;
                });
            });
            reasons.init(root.querySelector('#sp-reasons'), project);
            rebuild.init(root.querySelector('#sp-rebuild'), project);
            calibration.init(root.querySelector('#sp-calibration'), project);
        }

        return { init: init };
    });
