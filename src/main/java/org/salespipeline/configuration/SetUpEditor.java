package org.salespipeline.configuration;

import java.util.Optional;

/** Who is saving a set-up change: the user of the current request, by user key; empty when no user is. */
@FunctionalInterface
public interface SetUpEditor {

    Optional<String> userKey();
}
