/*
 * The demo host's stand-in for a Jira dashboard: one column of gadget frames, each with a settings
 * button, driving the app's dashboard items through the dashboard API the items expect.
 */
(function () {
    'use strict';

    function storageKey(name) {
        return 'sales-pipeline.demo.gadget.' + name;
    }

    function preferencesOf(name) {
        try {
            return JSON.parse(localStorage.getItem(storageKey(name)) || '{}');
        } catch (e) {
            return {};
        }
    }

    function mount(name, Gadget) {
        var frame = document.getElementById('gadget-' + name);
        var body = frame.querySelector('.demo-gadget-body');
        var gadget;
        var api = {
            showLoadingBar: function () { frame.classList.add('demo-loading'); },
            hideLoadingBar: function () { frame.classList.remove('demo-loading'); },
            resize: function () {},
            isEditable: function () { return true; },
            closeEdit: function () { show(); },
            savePreferences: function (preferences) {
                localStorage.setItem(storageKey(name), JSON.stringify(preferences));
                show();
                return Promise.resolve();
            }
        };
        function show() {
            frame.dataset.state = 'view';
            gadget.render(body, preferencesOf(name)).then(function () { frame.dataset.rendered = String(Date.now()); });
        }
        function edit() {
            frame.dataset.state = 'edit';
            gadget.renderEdit(body, preferencesOf(name));
        }
        gadget = new Gadget(api);
        frame.querySelector('.demo-gadget-settings').addEventListener('click', edit);
        show();
    }

    // The page has a frame for each dashboard item of the descriptor, named by its AMD module.
    var frames = Array.prototype.slice.call(document.querySelectorAll('.demo-gadget[data-module]'));
    require(frames.map(function (frame) { return frame.getAttribute('data-module'); }), function () {
        var classes = arguments;
        frames.forEach(function (frame, index) { mount(frame.id.substring('gadget-'.length), classes[index]); });
    });
})();
