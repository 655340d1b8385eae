/*
 * What every Sales Pipeline gadget shares: the settings form (pipeline, period, and the owner picked from the
 * pipeline's deal owners by display name), remembering the settings
 * through the dashboard, loading with a progress bar, errors, the empty state, and the line at the top that says
 * what the gadget shows (pipeline, period, owner) with its settings and its data as CSV one click away.
 */
define('sales-pipeline/dashboard/gadget', [
    'sales-pipeline/dashboard/adapter', 'sales-pipeline/common/rest', 'sales-pipeline/common/dom', 'sales-pipeline/dashboard/period',
    'sales-pipeline/dashboard/format', 'sales-pipeline/common/language'
], function (DashboardAdapter, rest, dom, period, format, language) {
    'use strict';

    var el = dom.el;

    var PERIODS = [30, 90, 180, 365];

    /** The settings of the saved preferences; a spec's own preferences (spec.preferences, names) are kept as text. */
    function settingsOf(preferences, spec) {
        preferences = preferences || {};
        var settings = {
            project: preferences.project || '',
            days: Number(preferences.days) || 90,
            owner: preferences.owner || ''
        };
        ((spec && spec.preferences) || []).forEach(function (name) {
            settings[name] = preferences[name] === undefined || preferences[name] === null ? '' : String(preferences[name]);
        });
        return settings;
    }

    function message(element, cssClass, text) {
        dom.replace(element, el('div.sp-gadget.' + cssClass, el('p', text)));
    }

    /**
     * The period a gadget shows in the user's words: the last days up to today, the coming days from today, or now.
     */
    function periodText(scope, range, days) {
        if (scope === 'now') {
            return format.text('sales-pipeline.gadget.context.now', format.date(range.today));
        }
        if (scope === 'next') {
            return format.text('sales-pipeline.gadget.context.next-days', days, format.dayRange(range.today, range.last));
        }
        return format.text('sales-pipeline.gadget.context.last-days', days, format.dayRange(range.first, range.today));
    }

    /** The pipeline board of the project. */
    function boardUrl(project) {
        var contextPath = (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
        return contextPath + '/plugins/servlet/sales-pipeline/board/' + encodeURIComponent(project);
    }

    /** The line at the top: what the gadget shows, and its actions. */
    function context(spec, range, pipeline, settings, actions) {
        return el('div.sp-context', [
            el('p.sp-context-text', [
                el('span.sp-context-pipeline', pipeline ? pipeline.name : settings.project),
                el('span.sp-context-period', spec.periodText ? spec.periodText(range, settings)
                    : periodText(spec.scope, range, settings.days)),
                settings.owner ? el('span.sp-context-owner', { 'data-owner': settings.owner },
                    format.text('sales-pipeline.gadget.context.owner', settings.ownerName)) : null
            ]),
            el('p.sp-actions', actions)
        ]);
    }

    /** The message of an empty answer: the gadget's own, or, with an owner set, one that names the owner. */
    function emptyText(spec, settings) {
        var own = spec.text || format.text;
        if (settings.owner) {
            return spec.emptyOwner ? own(spec.emptyOwner, settings.ownerName, settings.days)
                : format.text('sales-pipeline.gadget.owner.empty', settings.ownerName);
        }
        return own(spec.empty, settings.days);
    }

    /**
     * Builds a gadget class from its spec: {name, metric, scope ('past', 'next' or 'now'), params(range, settings),
     * also: [{metric, params}] (further calls whose answers render gets too), isEmpty(data), empty and emptyOwner
     * (message keys; {0} the owner's display name, {1} the days; text, the gadget's own messages when not the shared
     * ones), render(data, pipeline, settings, more) answering the gadget's content as nodes}; settings.ownerName is the
     * display name of the owner the server took settings.owner for (a user key, or a user name saved before keys).
     * A gadget whose period is not the last days names its own: range(settings, path) answers a promise of the range
     * its params read, periodText(range, settings) the period in words; preferences (names of its own preferences),
     * fields(settings) (the settings form's controls in place of the days) and read(form) (those preferences from the
     * form); csv: false for a metric the server has no CSV of. render also gets range and view ({resize()}, for content that changes after rendering).
     */
    function define(spec) {
        var further = spec.also || [];

        function Gadget(dashboardApi) {
            this.dashboard = new DashboardAdapter(dashboardApi);
        }

        Gadget.prototype.render = function (target, preferences) {
            var self = this;
            return language.load().then(function () {
                language.apply(self.dashboard.element(target));
                return self.renderFigures(target, preferences);
            });
        };

        Gadget.prototype.renderFigures = function (target, preferences) {
            var self = this;
            var element = this.dashboard.element(target);
            var dashboard = this.dashboard;
            var settings = settingsOf(preferences, spec);
            if (!settings.project) {
                message(element, 'sp-empty', format.text('sales-pipeline.gadget.not-configured'));
                dashboard.resize();
                return Promise.resolve();
            }
            var path = rest.project(settings.project) + '/';
            var range;
            var params;
            dashboard.loading(true);
            var ranged = spec.range ? spec.range(settings, path)
                : Promise.resolve(period.lastDays(settings.days, dashboard.timeZone(), Date.now()));
            return ranged.then(function (answered) {
                range = answered;
                params = spec.params(range, settings);
                var owner = settings.owner ? rest.get(path + 'owners', { owner: settings.owner }) : Promise.resolve(null);
                return Promise.all([rest.get('/pipelines'), rest.get(path + spec.metric, params), owner].concat(further.map(function (call) {
                    return rest.get(path + call.metric, call.params(range, settings));
                })));
            }).then(function (answers) {
                var pipeline = answers[0].pipelines.filter(function (p) { return p.project === settings.project; })[0];
                var data = answers[1];
                settings.ownerName = answers[2] && answers[2].selected ? answers[2].selected.name : settings.owner;
                var actions = [
                    dashboard.canEdit() ? el('button.aui-button.aui-button-link.sp-open-settings', { type: 'button' },
                        format.text('sales-pipeline.gadget.settings')) : null,
                    spec.csv === false ? null : el('a.sp-csv', { href: rest.url(path + spec.metric, Object.assign({}, params, { format: 'csv' })),
                        download: settings.project + '-' + spec.metric + '.csv' }, format.text('sales-pipeline.gadget.csv')),
                    el('a.sp-board-link', { href: boardUrl(settings.project) }, format.text('sales-pipeline.gadget.board'))
                ];
                var body = spec.isEmpty && spec.isEmpty(data) ? el('p.sp-empty', emptyText(spec, settings))
                    : spec.render(data, pipeline, settings, answers.slice(3), range, { resize: function () { dashboard.resize(); } });
                dom.replace(element, el('div.sp-gadget.sp-' + spec.name, { 'data-project': settings.project,
                    'data-query': JSON.stringify(params) }, [context(spec, range, pipeline, settings, actions), body]));
                var open = element.querySelector('.sp-open-settings');
                if (open) {
                    open.addEventListener('click', function () { self.renderEdit(target, preferences, true); });
                }
            }).catch(function (error) {
                message(element, 'sp-error', format.text('sales-pipeline.gadget.failed', rest.messagesOf(error).join(' ')));
            }).then(function () {
                dashboard.loading(false);
                dashboard.resize();
            });
        };

        /** The settings form; opened from the gadget's own line (fromView), Cancel goes back to the figures. */
        Gadget.prototype.renderEdit = function (target, preferences, fromView) {
            var self = this;
            var element = this.dashboard.element(target);
            var dashboard = this.dashboard;
            var settings = settingsOf(preferences, spec);
            return language.load().then(function () {
                language.apply(element);
                return rest.get('/pipelines');
            }).then(function (answer) {
                var formElement = form(answer.pipelines, settings, spec);
                dom.replace(element, formElement);
                var projectSelect = formElement.elements.project;
                var ownerSelect = formElement.elements.owner;
                fillOwners(ownerSelect, projectSelect.value, settings.owner).then(function () { dashboard.resize(); });
                projectSelect.addEventListener('change', function () {
                    fillOwners(ownerSelect, projectSelect.value, ownerSelect.value).then(function () { dashboard.resize(); });
                });
                formElement.addEventListener('submit', function (event) {
                    event.preventDefault();
                    var chosen = formElement.elements.language.value || null;
                    // The language is the user's, for every gadget and the panel; the rest is this gadget's.
                    var kept = chosen === language.choice() ? Promise.resolve() : language.choose(chosen);
                    kept.then(function () {
                        dashboard.save(Object.assign({ project: projectSelect.value, owner: ownerSelect.value },
                            spec.read ? spec.read(formElement) : { days: formElement.elements.days.value }));
                    });
                });
                formElement.querySelector('.sp-cancel').addEventListener('click', function () {
                    if (fromView) {
                        self.render(target, preferences);
                    } else {
                        dashboard.closeEdit();
                    }
                });
                dashboard.resize();
            }).catch(function (error) {
                message(element, 'sp-error', format.text('sales-pipeline.gadget.failed', rest.messagesOf(error).join(' ')));
            });
        };

        return Gadget;
    }

    /**
     * Fills the owner picker with the pipeline's deal owners by display name (Everyone first) and selects the owner
     * the saved value names: a user key, or a user name saved before owners were kept by key, which the server
     * resolves. Answers the selected key ('' for everyone, and when the saved owner is no longer known).
     */
    function fillOwners(select, project, saved) {
        if (!project) {
            dom.replace(select, ownerOption('', format.text('sales-pipeline.gadget.owner.everyone'), true));
            return Promise.resolve('');
        }
        var path = rest.project(project) + '/owners';
        return rest.get(path, saved ? { owner: saved } : {}).catch(function () {
            return rest.get(path);
        }).then(function (answer) {
            var selected = answer.selected ? answer.selected.key : '';
            var options = [ownerOption('', format.text('sales-pipeline.gadget.owner.everyone'), selected === '')];
            answer.owners.forEach(function (owner) {
                options.push(ownerOption(owner.key, owner.known ? owner.name : format.text('sales-pipeline.gadget.owner.former', owner.name),
                    owner.key === selected));
            });
            dom.replace(select, options);
            select.value = selected;
            return selected;
        });
    }

    function ownerOption(key, name, selected) {
        return el('option', { value: key, selected: selected }, name);
    }

    function field(label, id, control, description) {
        return el('div.field-group', [el('label', { 'for': id }, label), control,
            description ? el('div.description', description) : null]);
    }

    function form(pipelines, settings, spec) {
        var name = spec.name;
        var projects = pipelines.map(function (p) {
            return el('option', { value: p.project, selected: p.project === settings.project }, p.name + ' (' + p.project + ')');
        });
        var periods = PERIODS.map(function (days) {
            return el('option', { value: days, selected: days === settings.days }, format.text('sales-pipeline.gadget.period.days', days));
        });
        return el('form.aui.sp-settings.sp-settings-' + name, [
            field(format.text('sales-pipeline.gadget.pipeline'), 'sp-project-' + name,
                el('select.select', { id: 'sp-project-' + name, name: 'project', required: true }, projects)),
            spec.fields ? spec.fields(settings, field) : field(format.text('sales-pipeline.gadget.period'), 'sp-days-' + name,
                el('select.select', { id: 'sp-days-' + name, name: 'days' }, periods)),
            field(format.text('sales-pipeline.gadget.owner'), 'sp-owner-' + name,
                el('select.select.sp-owner-picker', { id: 'sp-owner-' + name, name: 'owner' },
                    ownerOption('', format.text('sales-pipeline.gadget.owner.everyone'), true)),
                format.text('sales-pipeline.gadget.owner.description')),
            field(format.text('sales-pipeline.language.label'), 'sp-language-' + name,
                el('select.select.sp-language-choice', { id: 'sp-language-' + name, name: 'language' },
                    [el('option', { value: '', selected: !language.choice() }, format.text('sales-pipeline.language.jira'))]
                        .concat(language.languages().map(function (code) {
                            return el('option', { value: code, selected: code === language.choice() },
                                format.text('sales-pipeline.language.' + code));
                        })))),
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

    /** A bar of the given share (0–1) of its track, or no bar at all for nothing, so that zero never shows a sliver. */
    function bar(share, cssClass) {
        var width = Math.round(Math.min(1, Math.max(0, share || 0)) * 1000) / 10;
        return el('div.sp-bar-track', width > 0 ? el('div.sp-bar' + (cssClass || ''), { style: 'width:' + width + '%' }) : null);
    }

    return { define: define, settingsOf: settingsOf, issueLink: issueLink, boardUrl: boardUrl, bar: bar };
});
