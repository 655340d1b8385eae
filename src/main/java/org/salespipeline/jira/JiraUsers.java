package org.salespipeline.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.Optional;
import org.salespipeline.access.UserDirectory;

/** Jira's users through its UserManager, which needs no Browse users permission and matches user names ignoring case. */
public class JiraUsers implements UserDirectory {

    private final UserManager userManager;

    public JiraUsers(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<User> byKey(String key) {
        return key == null || key.isEmpty() ? Optional.empty() : of(userManager.getUserByKey(key));
    }

    @Override
    public Optional<User> byName(String username) {
        return username == null || username.isBlank() ? Optional.empty() : of(userManager.getUserByName(username.trim()));
    }

    private static Optional<User> of(ApplicationUser user) {
        return user == null || user.getKey() == null ? Optional.empty()
                : Optional.of(new User(user.getKey(), user.getUsername(), user.getDisplayName()));
    }
}
