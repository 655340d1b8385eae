/* The history rebuild on the edit page: asks first, then starts it and shows its progress until it has finished or failed. */
define('sales-pipeline/admin/rebuild',
    ['sales-pipeline/common/rest', 'sales-pipeline/common/time', 'sales-pipeline/admin/messages', 'sales-pipeline/admin/confirm'],
    function (rest, time, messages, confirm) {
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
            status.textContent = messages.text(STATE_TEXT[progress.state], progress.done, progress.total,
                time.dateTime(progress.finishedAt), progress.message || '');
        }

        function failed(section, error) {
            section.querySelector('#sp-rebuild-status').textContent = messages.failed(error);
        }

        function poll(section, project) {
            rest.get(rest.project(project) + '/history/rebuild').then(function (progress) {
                render(section, progress);
                if (progress.state === 'QUEUED' || progress.state === 'RUNNING') {
                    setTimeout(function () { poll(section, project); }, POLL_MS);
                } else {
                    section.querySelector('#sp-rebuild-start').disabled = false;
                }
            }, function (error) {
                failed(section, error);
            });
        }

        function init(section, project) {
            var button = section.querySelector('#sp-rebuild-start');
            button.addEventListener('click', function () {
                button.disabled = true;
                confirm.ask({ title: messages.text('sales-pipeline.admin.rebuild.confirm.title'),
                    intro: messages.text('sales-pipeline.admin.rebuild.confirm.text'), lines: [],
                    ok: messages.text('sales-pipeline.admin.rebuild.confirm.ok') }).then(function (answer) {
                    if (!answer) {
                        button.disabled = false;
                        section.querySelector('#sp-rebuild-status').textContent = messages.text('sales-pipeline.admin.rebuild.cancelled');
                        return;
                    }
                    start(section, project, button);
                });
            });
            poll(section, project);
        }

        function start(section, project, button) {
            rest.post(rest.project(project) + '/history/rebuild').then(function (progress) {
                render(section, progress);
                poll(section, project);
            }, function (error) {
                button.disabled = false;
                failed(section, error);
            });
        }

        return { init: init };
    });
