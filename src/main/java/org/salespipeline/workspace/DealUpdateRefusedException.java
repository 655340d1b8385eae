package org.salespipeline.workspace;

import java.util.List;
import org.salespipeline.text.Message;

/** Jira refused a change to a deal (for example a field the pipeline needs is missing); nothing was changed. */
public class DealUpdateRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Message> reasons;

    public DealUpdateRefusedException(List<Message> reasons) {
        super(reasons.toString());
        this.reasons = List.copyOf(reasons);
    }

    public List<Message> reasons() {
        return reasons;
    }
}
