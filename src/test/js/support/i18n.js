'use strict';
/* The app's default message bundle (i18n/sales-pipeline.properties) as a key → text map, read as Java reads it. */
const fs = require('node:fs');
const path = require('node:path');

function unescape(text) {
    return text.replace(/\\u([0-9a-fA-F]{4})/g, (match, hex) => String.fromCharCode(parseInt(hex, 16)))
        .replace(/\\(.)/g, (match, character) => ({ n: '\n', t: '\t' }[character] || character));
}

function bundle() {
    const file = path.resolve(__dirname, '..', '..', '..', '..', 'i18n', 'sales-pipeline.properties');
    const messages = {};
    let pending = '';
    fs.readFileSync(file, 'latin1').split(/\r?\n/).forEach((raw) => {
        const line = pending + raw.replace(/^\s+/, '');
        if (/(^|[^\\])(\\\\)*\\$/.test(line)) {
            pending = line.slice(0, -1);
            return;
        }
        pending = '';
        if (!line || line.startsWith('#') || line.startsWith('!')) {
            return;
        }
        const split = line.match(/^((?:[^\\=:\s]|\\.)+)\s*[=:\s]\s*(.*)$/);
        if (split) {
            messages[unescape(split[1])] = unescape(split[2]);
        }
    });
    return messages;
}

module.exports = { bundle };
