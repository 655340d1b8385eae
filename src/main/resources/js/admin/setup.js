/*
 * The set-up page: maps the project's statuses (PUT /pipelines/{key}/mapping), or creates its workflow and pipeline
 * from a template (POST /pipelines/{key}/setup), offering the workflow XML when Jira could not be changed.
 */
define('sales-pipeline/admin/setup',
    ['sales-pipeline/common/rest', 'sales-pipeline/common/dom', 'sales-pipeline/admin/messages', 'sales-pipeline/admin/mapping'],
    function (rest, dom, messages, mapping) {
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
                rest.put(rest.project(project) + '/mapping', body).then(function () {
                    window.location.assign(root.getAttribute('data-base') + '?saved=' + encodeURIComponent(project));
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
                rest.post(rest.project(project) + '/setup', body).then(function (answer) {
                    if (answer && answer.provisioned) {
                        messages.show(result, 'success', messages.text('sales-pipeline.admin.setup.provision.done'));
                        window.location.assign(root.getAttribute('data-base') + '/' + encodeURIComponent(project));
                    } else {
                        var message = messages.show(result, 'warning', [messages.text('sales-pipeline.admin.setup.provision.failed'),
                            (answer && answer.message) || '']);
                        message.appendChild(workflowLink(project, body));
                    }
                }, function (error) {
                    messages.showErrors(result, form, fields, error);
                });
            });
        }

        function init(root) {
            var project = root.getAttribute('data-project');
            var area = root.querySelector('#sp-messages');
            initMapping(root, project, area);
            initProvision(root, project, area);
        }

        return { init: init };
    });
