/*
 * The learnt win probabilities on the edit page: the server renders each stage's evidence; adopting asks first, then
 * has the server set the learnt values and shows the probabilities it answers, in the table and the stage cards.
 */
define('sales-pipeline/admin/calibration',
    ['sales-pipeline/common/rest', 'sales-pipeline/common/dom', 'sales-pipeline/admin/messages', 'sales-pipeline/admin/confirm'],
    function (rest, dom, messages, confirm) {
        'use strict';

        function show(section, answer) {
            answer.stages.forEach(function (stage) {
                var row = section.querySelector('tr.sp-calibration-stage[data-key="' + stage.key + '"]');
                if (row) {
                    row.querySelector('.sp-calibration-configured').textContent =
                        messages.text('sales-pipeline.admin.calibration.percent', stage.probability);
                    row.setAttribute('data-changes', 'false');
                }
                var card = document.querySelector('li.sp-stage[data-key="' + stage.key + '"] .sp-stage-probability');
                if (card) {
                    card.value = String(stage.probability);
                }
            });
        }

        function init(section, project) {
            var button = section && section.querySelector('#sp-calibration-adopt');
            if (!button) {
                return;
            }
            var area = section.querySelector('#sp-calibration-messages');
            button.addEventListener('click', function () {
                button.disabled = true;
                confirm.ask({ title: messages.text('sales-pipeline.admin.calibration.adopt.confirm.title'),
                    intro: messages.text('sales-pipeline.admin.calibration.adopt.confirm.text'), lines: [],
                    ok: messages.text('sales-pipeline.admin.calibration.adopt.confirm.ok') }).then(function (answer) {
                    if (!answer) {
                        button.disabled = false;
                        messages.show(area, 'info', messages.text('sales-pipeline.admin.calibration.adopt.cancelled'));
                        return;
                    }
                    var lookback = section.getAttribute('data-lookback-days');
                    rest.post(rest.project(project) + '/calibration/adopt?lookbackDays=' + encodeURIComponent(lookback))
                        .then(function (adopted) {
                            show(section, adopted);
                            var changed = adopted.stages.filter(function (stage) { return stage.changed; }).length;
                            messages.show(area, 'success',
                                messages.text.count('sales-pipeline.admin.calibration.adopt.done', changed));
                        }, function (error) {
                            button.disabled = false;
                            messages.show(area, 'error', messages.failed(error));
                        });
                });
            });
        }

        return { init: init };
    });
