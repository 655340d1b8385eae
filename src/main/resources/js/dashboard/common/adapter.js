/*
 * The one place that speaks to Jira's dashboard-item API (known from older Jira sources only): every
 * gadget goes through this adapter, so a difference in Jira 11 costs one file.
 */
define('sales-pipeline/dashboard/adapter', ['sales-pipeline/common/time'], function (time) {
    'use strict';

    function elementOf(context) {
        return context && context.jquery ? context[0] : context;
    }

    function DashboardAdapter(api) {
        this.api = api;
    }

    DashboardAdapter.prototype.element = function (context) {
        return elementOf(context);
    };

    DashboardAdapter.prototype.loading = function (on) {
        if (on && this.api.showLoadingBar) {
            this.api.showLoadingBar();
        } else if (!on && this.api.hideLoadingBar) {
            this.api.hideLoadingBar();
        }
    };

    DashboardAdapter.prototype.resize = function () {
        if (this.api.resize) {
            this.api.resize();
        }
    };

    /** Saves the gadget's preferences; Jira re-renders the view once they are stored. */
    DashboardAdapter.prototype.save = function (preferences) {
        return Promise.resolve(this.api.savePreferences(preferences));
    };

    DashboardAdapter.prototype.closeEdit = function () {
        if (this.api.closeEdit) {
            this.api.closeEdit();
        }
    };

    DashboardAdapter.prototype.canEdit = function () {
        return typeof this.api.isEditable === 'function' ? this.api.isEditable() : true;
    };

    /** The user's time zone: Jira's profile setting when the page carries it, else the browser's. */
    DashboardAdapter.prototype.timeZone = function () {
        return time.timeZone();
    };

    return DashboardAdapter;
});
