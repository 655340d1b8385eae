/* The history rebuild on the edit page: starts it and shows its progress until it has finished or failed. */
define('sales-pipeline/admin/rebuild', ['sales-pipeline/admin/api', 'sales-pipeline/admin/messages'], function (api, messages) {
    'use strict';

    var POLL_MS = 500;
    var STATE_TEXT = {
        NONE: 'sales-pipeline.admin.rebuild.state.none',
        QUEUED: 'sales-pipeline.admin.rebuild.state.queued',
        RUNNING: 'sales-pipeline.admin.rebuild.state.running',
        FINISHED: 'sales-pipeline.admin.rebuild.state.finished',
        FAILED: 'sales-pipeline.admin.rebuild.state.failed'
    };

    function render(section, progress) {
        var bar = section.querySelector('#sp-rebuild-progress');
        var fraction = progress.state === 'FINISHED' ? 1 : (progress.fraction || 0);
        bar.setAttribute('data-value', String(fraction));
        bar.setAttribute('data-state', progress.state);
        bar.querySelector('.aui-progress-indicator-value').style.width = Math.round(fraction * 100) + '%';
        var status = section.querySelector('#sp-rebuild-status');
        status.setAttribute('data-state', progress.state);
        status.textContent = messages.text(STATE_TEXT[progress.state], progress.done, progress.total, progress.finishedAt || '', progress.message || '');
    }

    function poll(section, project) {
        api.send('GET', api.project(project) + '/history/rebuild').then(function (answer) {
            if (!answer.ok) {
                section.querySelector('#sp-rebuild-status').textContent = messages.text('sales-pipeline.admin.error.failed', answer.status);
                return;
            }
            render(section, answer.body);
            if (answer.body.state === 'QUEUED' || answer.body.state === 'RUNNING') {
                setTimeout(function () { poll(section, project); }, POLL_MS);
            } else {
                section.querySelector('#sp-rebuild-start').disabled = false;
            }
        });
    }

    function init(section, project) {
        var button = section.querySelector('#sp-rebuild-start');
        button.addEventListener('click', function () {
            button.disabled = true;
            api.send('POST', api.project(project) + '/history/rebuild').then(function (answer) {
                if (!answer.ok) {
                    button.disabled = false;
                    section.querySelector('#sp-rebuild-status').textContent = messages.text('sales-pipeline.admin.error.failed', answer.status);
                    return;
                }
                render(section, answer.body);
                poll(section, project);
            });
        });
        poll(section, project);
    }

    return { init: init };
});
