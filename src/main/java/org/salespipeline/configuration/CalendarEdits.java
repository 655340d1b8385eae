package org.salespipeline.configuration;

import java.math.BigDecimal;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import org.salespipeline.pipeline.FiscalCalendar;
import org.salespipeline.pipeline.Problem;

/**
 * Reads the calendar of an edit: an IANA time zone id of {@link FiscalCalendar#ZONE_IDS} and a fiscal-year start
 * month from 1 to 12. What is left out keeps the current value; what is wrong is reported on its field
 * ({@code timeZone}, {@code fiscalYearStart}).
 */
public final class CalendarEdits {

    private CalendarEdits() {
    }

    /** The edited calendar, or null when a value is wrong (then each problem has been added). */
    public static FiscalCalendar read(String timeZone, BigDecimal fiscalYearStart, FiscalCalendar current,
            List<Problem> problems) {
        ZoneId zone = current.zone();
        Month month = current.fiscalYearStart();
        boolean valid = true;
        if (timeZone != null) {
            java.util.Optional<ZoneId> known = FiscalCalendar.knownZone(timeZone.strip());
            if (known.isPresent()) {
                zone = known.get();
            } else {
                problems.add(Problem.of("timeZone", "sales-pipeline.problem.time-zone", timeZone));
                valid = false;
            }
        }
        if (fiscalYearStart != null) {
            int number = wholeNumber(fiscalYearStart);
            if (number >= 1 && number <= 12) {
                month = Month.of(number);
            } else {
                problems.add(Problem.of("fiscalYearStart", "sales-pipeline.problem.fiscal-year-start",
                        fiscalYearStart.toPlainString()));
                valid = false;
            }
        }
        return valid ? new FiscalCalendar(zone, month) : null;
    }

    private static int wholeNumber(BigDecimal value) {
        try {
            return value.stripTrailingZeros().scale() > 0 ? -1 : value.intValueExact();
        } catch (ArithmeticException tooLarge) {
            return -1;
        }
    }
}
