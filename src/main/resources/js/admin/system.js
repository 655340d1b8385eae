/* The system check page: shows, as text, what GET /system says works in this Jira. */
define('sales-pipeline/admin/system',
    ['sales-pipeline/common/rest', 'sales-pipeline/common/dom', 'sales-pipeline/common/time', 'sales-pipeline/admin/messages'],
    function (rest, dom, time, messages) {
        'use strict';

        var el = dom.el;

        function cell(row, value) {
            return row.appendChild(el('td', value));
        }

        function lozenge(row, ok, yes, no) {
            row.appendChild(el('td', el('span.aui-lozenge.' + (ok ? 'aui-lozenge-success' : 'aui-lozenge-error'), messages.text(ok ? yes : no))));
        }

        function rows(table, items, fill) {
            var body = table.querySelector('tbody');
            items.forEach(function (item) {
                var row = el('tr');
                fill(row, item);
                body.appendChild(row);
            });
        }

        function show(root, report) {
            rows(root.querySelector('#sp-system-features'), report.features, function (row, feature) {
                cell(row, feature.label || feature.name);
                lozenge(row, feature.available, 'sales-pipeline.admin.system.available', 'sales-pipeline.admin.system.unavailable');
                cell(row, feature.reason);
            });
            rows(root.querySelector('#sp-system-services'), report.services, function (row, service) {
                cell(row, service.name);
                cell(row, messages.text(service.mandatory ? 'sales-pipeline.admin.system.mandatory' : 'sales-pipeline.admin.system.optional'));
                lozenge(row, service.present, 'sales-pipeline.admin.system.present', 'sales-pipeline.admin.system.absent');
            });
            root.querySelector('#sp-system-host-api').textContent =
                    messages.text('sales-pipeline.admin.system.host-api.count', report.hostApi.present, report.hostApi.referenced);
            dom.append(root.querySelector('#sp-system-host-api-problems'), report.hostApi.problems.map(function (problem) {
                return el('li', problem);
            }));
            var db = report.database;
            rows(root.querySelector('#sp-system-database'), [
                ['sales-pipeline.admin.system.database.product', (db.product || '') + ' ' + (db.version || '')],
                ['sales-pipeline.admin.system.database.dialect', db.dialect],
                ['sales-pipeline.admin.system.database.schema', db.schema],
                ['sales-pipeline.admin.system.database.isolation', db.isolation],
                ['sales-pipeline.admin.system.database.ao', db.activeObjects],
                ['sales-pipeline.admin.system.database.problem', db.problem]
            ], function (row, pair) {
                cell(row, messages.text(pair[0]));
                cell(row, pair[1]);
            });
            var run = report.reconciliation;
            root.querySelector('#sp-system-reconciliation').textContent = run.at
                    ? messages.text('sales-pipeline.admin.system.reconciliation.run', time.dateTime(run.at), run.checked, run.repaired, run.error || '')
                    : messages.text('sales-pipeline.admin.system.reconciliation.none');
            var counts = Object.keys(report.events.byType).map(function (type) {
                return type + ': ' + report.events.byType[type];
            });
            root.querySelector('#sp-system-events').textContent =
                    messages.text('sales-pipeline.admin.system.events.since', time.dateTime(report.events.since), counts.join(', '));
        }

        function init(root) {
            rest.get('/system').then(function (report) {
                show(root, report);
                root.setAttribute('data-loaded', 'true');
            }, function (error) {
                root.querySelector('#sp-system-messages').textContent = messages.failed(error);
            });
        }

        return { init: init };
    });
