package org.salespipeline.workspace;

import java.util.List;

/** Jira refused a change to a deal (for example a field the pipeline needs is missing); nothing was changed. */
public class DealUpdateRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> reasons;

    public DealUpdateRefusedException(List<String> reasons) {
        super(String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
