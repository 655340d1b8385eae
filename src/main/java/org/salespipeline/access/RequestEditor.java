package org.salespipeline.access;

import java.util.Optional;
import org.salespipeline.configuration.SetUpEditor;

/** The editor of a set-up change is the user of the current request. */
public final class RequestEditor implements SetUpEditor {

    private final AccessPolicy access;

    public RequestEditor(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public Optional<String> userKey() {
        return access.currentUserKey();
    }
}
