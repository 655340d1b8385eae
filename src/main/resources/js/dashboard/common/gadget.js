/*
 * What every Sales Pipeline gadget shares: the settings form (pipeline, period, owner), remembering the
 * settings through the dashboard, loading with a progress bar, errors and the empty state.
 */
define('sales-pipeline/dashboard/gadget', [
    'sales-pipeline/dashboard/adapter', 'sales-pipeline/common/rest', 'sales-pipeline/common/dom', 'sales-pipeline/dashboard/period',
    'sales-pipeline/dashboard/format'
], function (DashboardAdapter, rest, dom, period, format) {
    'use strict';

    var el = dom.el;

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
        dom.replace(element, el('div.sp-gadget.' + cssClass, el('p', text)));
    }

    /**
     * Builds a gadget class from its spec: {name, metric, params(range, settings), render(data, pipeline, settings)},
     * render answering the gadget's content as nodes.
     */
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
                    dom.replace(element, el('div.sp-gadget.sp-' + spec.name, { 'data-project': settings.project,
                        'data-query': JSON.stringify(spec.params(range, settings)) }, spec.render(answers[1], pipeline, settings)));
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
                var formElement = form(answer.pipelines, settings, spec.name);
                dom.replace(element, formElement);
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

    function field(label, id, control, description) {
        return el('div.field-group', [el('label', { 'for': id }, label), control,
            description ? el('div.description', description) : null]);
    }

    function form(pipelines, settings, name) {
        var projects = pipelines.map(function (p) {
            return el('option', { value: p.project, selected: p.project === settings.project }, p.name + ' (' + p.project + ')');
        });
        var periods = PERIODS.map(function (days) {
            return el('option', { value: days, selected: days === settings.days }, format.text('sales-pipeline.gadget.period.days', days));
        });
        return el('form.aui.sp-settings.sp-settings-' + name, [
            field(format.text('sales-pipeline.gadget.pipeline'), 'sp-project-' + name,
                el('select.select', { id: 'sp-project-' + name, name: 'project', required: true }, projects)),
            field(format.text('sales-pipeline.gadget.period'), 'sp-days-' + name,
                el('select.select', { id: 'sp-days-' + name, name: 'days' }, periods)),
            field(format.text('sales-pipeline.gadget.owner'), 'sp-owner-' + name,
                el('input.text', { id: 'sp-owner-' + name, name: 'owner', value: settings.owner }),
                format.text('sales-pipeline.gadget.owner.description')),
            el('div.buttons-container', el('div.buttons', [
                el('button.aui-button.aui-button-primary.sp-save', { type: 'submit' }, format.text('sales-pipeline.gadget.save')),
                el('button.aui-button.aui-button-link.sp-cancel', { type: 'button' }, format.text('sales-pipeline.gadget.cancel'))
            ]))
        ]);
    }

    /** The address of an issue's page. */
    function issueLink(key) {
        return ((window.AJS && AJS.contextPath) ? AJS.contextPath() : '') + '/browse/' + encodeURIComponent(key);
    }

    return { define: define, settingsOf: settingsOf, issueLink: issueLink };
});
