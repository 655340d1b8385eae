'use strict';
/* The scripts of a web resource as atlassian-plugin.xml lists them, those of the app's own dependencies first. */
const fs = require('node:fs');
const path = require('node:path');

const DESCRIPTOR = path.resolve(__dirname, '..', '..', '..', '..', 'atlassian-plugin.xml');

function modules() {
    const xml = fs.readFileSync(DESCRIPTOR, 'utf8');
    const found = {};
    const pattern = /<web-resource\s+key="([^"]+)"[\s\S]*?<\/web-resource>/g;
    let match;
    while ((match = pattern.exec(xml)) !== null) {
        const body = match[0];
        found[match[1]] = {
            contexts: [...body.matchAll(/<context>([^<]+)<\/context>/g)].map((m) => m[1]),
            dependencies: [...body.matchAll(/<dependency>\$\{atlassian\.plugin\.key\}:([^<]+)<\/dependency>/g)].map((m) => m[1]),
            scripts: [...body.matchAll(/location="([^"]+\.js)"/g)].map((m) => m[1])
        };
    }
    return found;
}

/** The script locations a page gets for the web resource, in order. */
function scriptsOf(key) {
    const all = modules();
    const ordered = [];
    const visit = (name) => {
        if (!all[name]) {
            throw new Error('atlassian-plugin.xml has no web-resource ' + name);
        }
        all[name].dependencies.forEach(visit);
        all[name].scripts.forEach((script) => { if (!ordered.includes(script)) { ordered.push(script); } });
    };
    visit(key);
    return ordered;
}

/** The script locations of every web resource in the web-resource context (as a page of that context gets them), in order. */
function scriptsInContext(context) {
    const all = modules();
    const ordered = [];
    Object.keys(all).filter((key) => all[key].contexts.includes(context)).forEach((key) => {
        scriptsOf(key).forEach((script) => { if (!ordered.includes(script)) { ordered.push(script); } });
    });
    return ordered;
}

/** The dashboard items the descriptor declares, in its order: key and AMD module. */
function dashboardItems() {
    const xml = fs.readFileSync(DESCRIPTOR, 'utf8');
    return [...xml.matchAll(/<dashboard-item\s+key="([^"]+)"[\s\S]*?<amd-module>([^<]+)<\/amd-module>[\s\S]*?<\/dashboard-item>/g)]
        .map((m) => ({ key: m[1], module: m[2].trim() }));
}

module.exports = { scriptsOf, scriptsInContext, dashboardItems };
