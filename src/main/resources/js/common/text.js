/*
 * Text helpers shared by the app's scripts (panel, admin pages, gadgets). Each script lists its own messages as
 * literal AJS.I18n.getText('…') calls (the form Jira's script i18n transformer replaces) and reads them through
 * messages(), which prefer the server's messages in the app language of the user; numbers and amounts are formatted
 * alike everywhere, in the user's locale.
 */
define('sales-pipeline/common/text', ['sales-pipeline/common/time', 'sales-pipeline/common/language'], function (time, language) {
    'use strict';

    var DASH = '\u2014';

    /**
     * A text(key, args…) function over a table of messages, built on first use, filling in {0}, {1}… and reading a
     * doubled apostrophe as one. Its
     * text.count(key, count, args…) picks the form for the count in the user's language: the message key.one,
     * key.two, key.few… that the language's plural rules name, else key.other; {0} is the count.
     */
    function messages(table) {
        var loaded = null;
        function text(key) {
            var args = Array.prototype.slice.call(arguments, 1);
            loaded = loaded || table();
            var own = language.message(key);
            var template = own !== undefined ? own : loaded[key] === undefined ? key : loaded[key];
            // The bundle is written for java.text.MessageFormat, as Jira reads it: a literal apostrophe is doubled.
            return String(template).replace(/''|\{(\d+)\}/g, function (match, index) {
                if (match === "''") {
                    return "'";
                }
                return args[index] === undefined ? match : String(args[index]);
            });
        }
        text.count = function (key, count) {
            loaded = loaded || table();
            var form = key + '.' + new Intl.PluralRules(time.locale()).select(Math.round(Number(count) * 10) / 10);
            var known = loaded[form] !== undefined || language.message(form) !== undefined;
            var args = [known ? form : key + '.other', number(count, 1)]
                .concat(Array.prototype.slice.call(arguments, 2));
            return text.apply(null, args);
        };
        return text;
    }

    /** A number in the user's locale with at most the given decimals (none by default); a dash for no value. */
    function number(value, digits) {
        if (value === null || value === undefined) {
            return DASH;
        }
        return Number(value).toLocaleString(time.locale(), { maximumFractionDigits: digits === undefined ? 0 : digits });
    }

    /** An amount in the currency, whole units, in the user's locale; a dash for no value. */
    function money(value, currency) {
        if (value === null || value === undefined) {
            return DASH;
        }
        try {
            return Number(value).toLocaleString(time.locale(), { style: 'currency', currency: currency, maximumFractionDigits: 0 });
        } catch (unknownCurrency) {
            return number(value) + ' ' + currency;
        }
    }

    return { messages: messages, number: number, money: money, DASH: DASH };
});
