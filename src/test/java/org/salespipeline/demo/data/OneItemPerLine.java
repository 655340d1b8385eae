package org.salespipeline.demo.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/** Lays a history file out with each pipeline and each deal on a line of its own, so that it diffs and greps well. */
final class OneItemPerLine extends MinimalPrettyPrinter {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforeArrayValues(JsonGenerator generator) throws IOException {
        if (isTopLevelList(generator)) {
            generator.writeRaw('\n');
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
        super.writeArrayValueSeparator(generator);
        if (isTopLevelList(generator)) {
            generator.writeRaw('\n');
        }
    }

    @Override
    public void writeEndArray(JsonGenerator generator, int valueCount) throws IOException {
        if (valueCount > 0 && isTopLevelList(generator)) {
            generator.writeRaw('\n');
        }
        super.writeEndArray(generator, valueCount);
    }

    // The lists of pipelines and deals are the arrays directly inside the file's one object.
    private static boolean isTopLevelList(JsonGenerator generator) {
        JsonStreamContext context = generator.getOutputContext();
        return context.inArray() && context.getParent() != null && context.getParent().getParent() != null
                && context.getParent().getParent().inRoot();
    }
}
