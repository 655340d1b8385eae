package org.salespipeline.rest;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A metric's JSON answer as one CSV table, for spreadsheets: the answer's own field names as column names (the
 * names the README documents, never translated), one row per entry of its lists, its single values repeated on every
 * row, and a {@code list} column naming the list when it has several. UTF-8 with a byte-order mark, CRLF line ends,
 * numbers written plainly, and text that a spreadsheet would take for a formula made inert.
 */
final class CsvTable {

    static final String MEDIA_TYPE = "text/csv";
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvTable() {
    }

    /** The answer, a record whose components are values or lists of records, as CSV bytes. */
    static byte[] of(Record answer) {
        Map<String, Object> single = new LinkedHashMap<>();
        Map<String, List<?>> lists = new LinkedHashMap<>();
        for (RecordComponent component : answer.getClass().getRecordComponents()) {
            Object value = read(component, answer);
            if (value instanceof List<?> list) {
                lists.put(component.getName(), list);
            } else {
                single.put(component.getName(), value);
            }
        }
        List<String> columns = new ArrayList<>(single.keySet());
        if (lists.size() > 1) {
            columns.add("list");
        }
        for (List<?> list : lists.values()) {
            for (Object item : list) {
                for (String name : fields(item).keySet()) {
                    if (!columns.contains(name)) {
                        columns.add(name);
                    }
                }
            }
        }
        StringBuilder csv = new StringBuilder().append(BYTE_ORDER_MARK);
        line(csv, new ArrayList<>(columns));
        boolean any = false;
        for (Map.Entry<String, List<?>> list : lists.entrySet()) {
            for (Object item : list.getValue()) {
                Map<String, Object> row = new LinkedHashMap<>(single);
                row.put("list", list.getKey());
                row.putAll(fields(item));
                line(csv, columns.stream().map(row::get).toList());
                any = true;
            }
        }
        if (!any) {
            line(csv, columns.stream().map(single::get).toList());
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One cell as the table writes it: numbers plainly, text quoted when needed and made inert as a formula. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString() : "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static void line(StringBuilder csv, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static Map<String, Object> fields(Object item) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (item instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                fields.put(component.getName(), read(component, record));
            }
        } else {
            fields.put("value", item);
        }
        return fields;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), unreadable);
        }
    }
}
