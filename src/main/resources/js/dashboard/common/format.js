/* Text helpers of the gadgets: escaping, i18n and number formats. */
define('sales-pipeline/dashboard/format', [], function () {
    'use strict';

    function escape(value) {
        return String(value === null || value === undefined ? '' : value)
            .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
            .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    }

    function text(key) {
        var args = Array.prototype.slice.call(arguments, 1);
        return AJS.I18n.getText.apply(AJS.I18n, [key].concat(args));
    }

    function number(value, digits) {
        if (value === null || value === undefined) {
            return '—';
        }
        return Number(value).toLocaleString(undefined, { maximumFractionDigits: digits === undefined ? 0 : digits });
    }

    function money(value, currency) {
        if (value === null || value === undefined) {
            return '—';
        }
        try {
            return Number(value).toLocaleString(undefined, { style: 'currency', currency: currency, maximumFractionDigits: 0 });
        } catch (e) {
            return number(value) + ' ' + currency;
        }
    }

    function percent(ratio) {
        return ratio === null || ratio === undefined ? '—' : (ratio * 100).toFixed(1) + ' %';
    }

    return { escape: escape, text: text, number: number, money: money, percent: percent };
});
