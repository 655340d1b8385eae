package org.salespipeline.configuration;

import org.salespipeline.pipeline.FiscalCalendar;

/**
 * Where the features that speak of weeks, months, quarters and fiscal years get a project's calendar: the time zone
 * and fiscal-year start month set on its pipeline.
 */
public interface PipelineCalendars {

    /** The calendar of the project's pipeline; {@link FiscalCalendar#DEFAULT} for a project without a pipeline. */
    FiscalCalendar calendar(String projectKey);
}
