/* The system check page: shows, as text, what GET /system says works in this Jira. */
define('sales-pipeline/admin/system', ['sales-pipeline/admin/api', 'sales-pipeline/admin/messages'], function (api, messages) {
    'use strict';

    function cell(row, value) {
        var td = document.createElement('td');
        td.textContent = value === null || value === undefined ? '' : String(value);
        row.appendChild(td);
        return td;
    }

    function lozenge(row, ok, yes, no) {
        var td = cell(row, '');
        var span = document.createElement('span');
        span.className = 'aui-lozenge ' + (ok ? 'aui-lozenge-success' : 'aui-lozenge-error');
        span.textContent = messages.text(ok ? yes : no);
        td.appendChild(span);
    }

    function rows(table, items, fill) {
        var body = table.querySelector('tbody');
        items.forEach(function (item) {
            var row = document.createElement('tr');
            fill(row, item);
            body.appendChild(row);
        });
    }

    function show(root, report) {
        rows(root.querySelector('#sp-system-features'), report.features, function (row, feature) {
            cell(row, feature.name);
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
        report.hostApi.problems.forEach(function (problem) {
            var item = document.createElement('li');
            item.textContent = problem;
            root.querySelector('#sp-system-host-api-problems').appendChild(item);
        });
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
                ? messages.text('sales-pipeline.admin.system.reconciliation.run', run.at, run.checked, run.repaired, run.error || '')
                : messages.text('sales-pipeline.admin.system.reconciliation.none');
        var counts = Object.keys(report.events.byType).map(function (type) {
            return type + ': ' + report.events.byType[type];
        });
        root.querySelector('#sp-system-events').textContent =
                messages.text('sales-pipeline.admin.system.events.since', report.events.since, counts.join(', '));
    }

    function init(root) {
        api.send('GET', '/system').then(function (answer) {
            if (!answer.ok) {
                root.querySelector('#sp-system-messages').textContent = messages.text('sales-pipeline.admin.error.failed', answer.status);
                return;
            }
            show(root, answer.body);
            root.setAttribute('data-loaded', 'true');
        });
    }

    return { init: init };
});
