/*
 * The set-up page: maps the project's statuses (PUT /pipelines/{key}/mapping), or creates its workflow and pipeline
 * from a template (POST /pipelines/{key}/setup), offering the workflow XML when Jira could not be changed.
 */
define('sales-pipeline/admin/setup', ['sales-pipeline/admin/api', 'sales-pipeline/admin/messages', 'sales-pipeline/admin/mapping'],
    function (api, messages, mapping) {
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
                api.send('PUT', api.project(project) + '/mapping', body).then(function (answer) {
                    if (answer.ok) {
                        window.location.assign(root.getAttribute('data-base') + '?saved=' + encodeURIComponent(project));
                    } else {
                        messages.showErrors(area, form, fields, answer);
                    }
                });
            });
        }

        function workflowLink(project, body) {
            var link = document.createElement('a');
            link.className = 'aui-button sp-workflow-xml';
            link.href = api.base() + api.project(project) + '/setup/workflow.xml?template=' + encodeURIComponent(body.template)
                + (body.name ? '&name=' + encodeURIComponent(body.name) : '');
            link.textContent = messages.text('sales-pipeline.admin.setup.provision.download');
            return link;
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
                api.send('POST', api.project(project) + '/setup', body).then(function (answer) {
                    if (!answer.ok) {
                        messages.showErrors(result, form, fields, answer);
                    } else if (answer.body && answer.body.provisioned) {
                        messages.show(result, 'success', messages.text('sales-pipeline.admin.setup.provision.done'));
                        window.location.assign(root.getAttribute('data-base') + '/' + encodeURIComponent(project));
                    } else {
                        var message = messages.show(result, 'warning', [messages.text('sales-pipeline.admin.setup.provision.failed'),
                            (answer.body && answer.body.message) || '']);
                        message.appendChild(workflowLink(project, body));
                    }
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
