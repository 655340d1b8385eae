/*
 * The set-up page: maps the project's statuses (PUT /pipelines/{key}/mapping), or creates its workflow and pipeline
 * from a template (POST /pipelines/{key}/setup) and reports every Jira part it created or reused, offering the
 * workflow XML when Jira could not be changed. A change the server wants confirmed is asked about first.
 */
define('sales-pipeline/admin/setup',
    ['sales-pipeline/common/rest', 'sales-pipeline/common/dom', 'sales-pipeline/admin/messages', 'sales-pipeline/admin/mapping',
        'sales-pipeline/admin/confirm'],
    function (rest, dom, messages, mapping, confirm) {
        var el = dom.el;

        'use strict';

        function templateStages(select) {
            var option = select.options[select.selectedIndex];
            return option ? JSON.parse(option.getAttribute('data-stages')) : [];
        }

        function initMapping(root, project, area) {
            var form = root.querySelector('#sp-map-form');
            var table = form.querySelector('#sp-mapping');
            var template = form.querySelector('#sp-map-template');
            if (template) {
                mapping.setStages(table, templateStages(template));
                template.addEventListener('change', function () { mapping.setStages(table, templateStages(template)); });
            }
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var mapped = mapping.lines(table);
                var fields = { mapping: table };
                mapped.selects.forEach(function (select, i) { fields['mapping[' + i + ']'] = select; });
                var body = { mapping: mapped.lines };
                if (template) {
                    body.template = template.value;
                    fields.template = template;
                }
                confirm.sendConfirmed(function (sent) { return rest.put(rest.project(project) + '/mapping', sent); }, body, {
                    title: messages.text('sales-pipeline.admin.confirm.title'), intro: messages.text('sales-pipeline.admin.confirm.intro'),
                    ok: messages.text('sales-pipeline.admin.confirm.ok')
                }).then(function (saved) {
                    if (saved) {
                        window.location.assign(root.getAttribute('data-base') + '?saved=' + encodeURIComponent(project));
                    } else {
                        messages.clearFieldErrors(form);
                        messages.show(area, 'info', messages.text('sales-pipeline.admin.confirm.cancelled'));
                        messages.focus(area);
                    }
                }, function (error) {
                    messages.showErrors(area, form, fields, error);
                });
            });
        }

        function workflowLink(project, body) {
            return dom.el('a.aui-button.sp-workflow-xml', {
                href: rest.base() + rest.project(project) + '/setup/workflow.xml' + rest.query({ template: body.template, name: body.name })
            }, messages.text('sales-pipeline.admin.setup.provision.download'));
        }

        function initProvision(root, project, area) {
            var form = root.querySelector('#sp-provision-form');
            if (!form) {
                return;
            }
            var result = form.querySelector('#sp-provision-result');
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var fields = { template: form.querySelector('#sp-provision-template'), name: form.querySelector('#sp-provision-name'),
                    currency: form.querySelector('#sp-provision-currency') };
                // A name or currency left empty takes the server's default ("KEY sales", USD).
                var body = { template: fields.template.value };
                if (fields.name.value.trim()) {
                    body.name = fields.name.value.trim();
                }
                if (fields.currency.value.trim()) {
                    body.currency = fields.currency.value.trim().toUpperCase();
                }
                confirm.sendConfirmed(function (sent) { return rest.post(rest.project(project) + '/setup', sent); }, body, {
                    title: messages.text('sales-pipeline.admin.confirm.replace.title'),
                    intro: messages.text('sales-pipeline.admin.confirm.replace.intro'),
                    ok: messages.text('sales-pipeline.admin.confirm.replace.ok')
                }).then(function (answer) {
                    messages.clearFieldErrors(form);
                    if (!answer) {
                        messages.show(result, 'info', messages.text('sales-pipeline.admin.confirm.cancelled'));
                    } else if (answer.provisioned) {
                        var done = messages.show(result, 'success', messages.text('sales-pipeline.admin.setup.provision.done'));
                        done.appendChild(el('p', el('a.aui-button.aui-button-primary.sp-open-pipeline',
                            { href: root.getAttribute('data-base') + '/' + encodeURIComponent(project) },
                            messages.text('sales-pipeline.admin.setup.provision.open'))));
                        result.appendChild(report(answer.steps));
                    } else {
                        var message = messages.show(result, 'warning', [messages.text('sales-pipeline.admin.setup.provision.failed'),
                            answer.message || '']);
                        message.appendChild(workflowLink(project, body));
                        if (answer.steps && answer.steps.length) {
                            result.appendChild(report(answer.steps));
                        }
                    }
                    messages.focus(result);
                }, function (error) {
                    messages.showErrors(result, form, fields, error);
                });
            });
        }

        /** Jira's own admin page of a part: the server names it relative to Jira's base address. */
        function jiraPage(path) {
            var contextPath = (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
            return contextPath + path;
        }

        /** The table of what a provisioning run did: each Jira part, whether it was created or reused, and its page. */
        function report(steps) {
            return el('table.aui.sp-provision-report', [
                el('caption', messages.text('sales-pipeline.admin.setup.provision.report.title')),
                el('thead', el('tr', [el('th', messages.text('sales-pipeline.admin.setup.provision.report.part')),
                    el('th', messages.text('sales-pipeline.admin.setup.provision.report.name')),
                    el('th', messages.text('sales-pipeline.admin.setup.provision.report.action'))])),
                el('tbody', steps.map(function (step) {
                    var lozenge = step.action === 'created' ? 'aui-lozenge-success' : step.action === 'reused' ? 'aui-lozenge-complete'
                        : 'aui-lozenge-error';
                    return el('tr.sp-step', { 'data-kind': step.kind, 'data-action': step.action }, [
                        el('td', messages.text('sales-pipeline.admin.provision.kind.' + step.kind)),
                        el('td', step.adminPage ? el('a.sp-step-link', { href: jiraPage(step.adminPage) }, step.name) : step.name),
                        el('td', el('span.aui-lozenge.' + lozenge, messages.text('sales-pipeline.admin.setup.provision.report.' + step.action)))
                    ]);
                }))
            ]);
        }

        function init(root) {
            var project = root.getAttribute('data-project');
            var area = root.querySelector('#sp-messages');
            initMapping(root, project, area);
            initProvision(root, project, area);
        }

        return { init: init };
    });
