/*
 * What every Sales Pipeline gadget shares: the settings form (pipeline, period, owner), remembering the
 * settings through the dashboard, loading with a progress bar, errors and the empty state.
 */
define('sales-pipeline/dashboard/gadget', [
    'sales-pipeline/dashboard/adapter', 'sales-pipeline/common/rest', 'sales-pipeline/dashboard/period',
    'sales-pipeline/dashboard/format'
], function (DashboardAdapter, rest, period, format) {
    'use strict';

    var PERIODS = [30, 90, 180, 365];

    function settingsOf(preferences) {
        preferences = preferences || {};
        return {
            project: preferences.project || '',
            days: Number(preferences.days) || 90,
            owner: preferences.owner || ''
        };
    }

    function message(element, cssClass, text) {
        element.innerHTML = '<div class="sp-gadget ' + cssClass + '"><p>' + format.escape(text) + '</p></div>';
    }

    /** Builds a gadget class from its spec: {name, metric, params(range, settings), render(data, pipeline, settings)}. */
    function define(spec) {
        function Gadget(dashboardApi) {
            this.dashboard = new DashboardAdapter(dashboardApi);
        }

        Gadget.prototype.render = function (context, preferences) {
            var element = this.dashboard.element(context);
            var dashboard = this.dashboard;
            var settings = settingsOf(preferences);
            if (!settings.project) {
                message(element, 'sp-empty', format.text('sales-pipeline.gadget.not-configured'));
                dashboard.resize();
                return Promise.resolve();
            }
            var range = period.lastDays(settings.days, dashboard.timeZone(), Date.now());
            dashboard.loading(true);
            return Promise.all([rest.get('/pipelines'), rest.get(rest.project(settings.project) + '/' + spec.metric, spec.params(range, settings))])
                .then(function (answers) {
                    var pipeline = answers[0].pipelines.filter(function (p) { return p.project === settings.project; })[0];
                    element.innerHTML = '<div class="sp-gadget sp-' + spec.name + '" data-project="'
                        + format.escape(settings.project) + '" data-query="' + format.escape(JSON.stringify(spec.params(range, settings)))
                        + '">' + spec.render(answers[1], pipeline, settings) + '</div>';
                })
                .catch(function (error) {
                    message(element, 'sp-error', format.text('sales-pipeline.gadget.failed', rest.messagesOf(error).join(' ')));
                })
                .then(function () {
                    dashboard.loading(false);
                    dashboard.resize();
                });
        };

        Gadget.prototype.renderEdit = function (context, preferences) {
            var element = this.dashboard.element(context);
            var dashboard = this.dashboard;
            var settings = settingsOf(preferences);
            return rest.get('/pipelines').then(function (answer) {
                element.innerHTML = form(answer.pipelines, settings, spec.name);
                var formElement = element.querySelector('form');
                formElement.addEventListener('submit', function (event) {
                    event.preventDefault();
                    dashboard.save({
                        project: formElement.elements.project.value,
                        days: formElement.elements.days.value,
                        owner: formElement.elements.owner.value.trim()
                    });
                });
                formElement.querySelector('.sp-cancel').addEventListener('click', function () {
                    dashboard.closeEdit();
                });
                dashboard.resize();
            }).catch(function (error) {
                message(element, 'sp-error', format.text('sales-pipeline.gadget.failed', rest.messagesOf(error).join(' ')));
            });
        };

        return Gadget;
    }

    function form(pipelines, settings, name) {
        var options = pipelines.map(function (p) {
            return '<option value="' + format.escape(p.project) + '"' + (p.project === settings.project ? ' selected' : '')
                + '>' + format.escape(p.name + ' (' + p.project + ')') + '</option>';
        }).join('');
        var periods = PERIODS.map(function (days) {
            return '<option value="' + days + '"' + (days === settings.days ? ' selected' : '') + '>'
                + format.escape(format.text('sales-pipeline.gadget.period.days', days)) + '</option>';
        }).join('');
        return '<form class="aui sp-settings sp-settings-' + name + '">'
            + '<div class="field-group"><label for="sp-project-' + name + '">' + format.escape(format.text('sales-pipeline.gadget.pipeline'))
            + '</label><select class="select" id="sp-project-' + name + '" name="project" required>' + options + '</select></div>'
            + '<div class="field-group"><label for="sp-days-' + name + '">' + format.escape(format.text('sales-pipeline.gadget.period'))
            + '</label><select class="select" id="sp-days-' + name + '" name="days">' + periods + '</select></div>'
            + '<div class="field-group"><label for="sp-owner-' + name + '">' + format.escape(format.text('sales-pipeline.gadget.owner'))
            + '</label><input class="text" id="sp-owner-' + name + '" name="owner" value="' + format.escape(settings.owner) + '">'
            + '<div class="description">' + format.escape(format.text('sales-pipeline.gadget.owner.description')) + '</div></div>'
            + '<div class="buttons-container"><div class="buttons">'
            + '<button class="aui-button aui-button-primary sp-save" type="submit">' + format.escape(format.text('sales-pipeline.gadget.save')) + '</button>'
            + '<button class="aui-button aui-button-link sp-cancel" type="button">' + format.escape(format.text('sales-pipeline.gadget.cancel')) + '</button>'
            + '</div></div></form>';
    }

    return { define: define, settingsOf: settingsOf };
});
