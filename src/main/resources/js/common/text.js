/*
 * Message lookup shared by the app's scripts. Each script lists its own messages as literal
 * AJS.I18n.getText('…') calls (the form Jira's script i18n transformer replaces) and reads them through this.
 */
window.SalesPipeline = window.SalesPipeline || {};

/** A text(key, args…) function over a table of messages, built on first use, filling in {0}, {1}… */
window.SalesPipeline.messages = function (table) {
    'use strict';
    var loaded = null;
    return function text(key) {
        var args = Array.prototype.slice.call(arguments, 1);
        loaded = loaded || table();
        var template = loaded[key] === undefined ? key : loaded[key];
        return String(template).replace(/\{(\d+)\}/g, function (match, index) {
            return args[index] === undefined ? match : String(args[index]);
        });
    };
};
