/* The demo host's stand-in for the AMD loader Jira provides: define() and require() by module name. */
(function () {
    'use strict';
    var factories = {};
    var modules = {};

    function load(name) {
        if (!(name in modules)) {
            var entry = factories[name];
            if (!entry) {
                throw new Error('Unknown AMD module ' + name);
            }
            modules[name] = entry.factory.apply(null, entry.deps.map(load));
        }
        return modules[name];
    }

    window.define = function (name, deps, factory) {
        factories[name] = { deps: deps, factory: factory };
    };
    window.require = function (names, callback) {
        callback.apply(null, names.map(load));
    };
})();
