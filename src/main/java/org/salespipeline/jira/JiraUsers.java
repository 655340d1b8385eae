package org.salespipeline.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.Optional;
import org.salespipeline.access.UserDirectory;

/**
 * Jira's users through its UserManager, which needs no Browse users permission and matches user names ignoring case.
 * No signature of this class, lambdas included, names ApplicationUser: Spring reads them all when it builds the
 * component, and the app must start where Jira does not show apps that package.
 */
public class JiraUsers implements UserDirectory {

    private final UserManager userManager;

    public JiraUsers(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<User> byKey(String key) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        ApplicationUser user = userManager.getUserByKey(key);
        return user == null || user.getKey() == null ? Optional.empty()
                : Optional.of(new User(user.getKey(), user.getUsername(), user.getDisplayName()));
    }

    @Override
    public Optional<User> byName(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        ApplicationUser user = userManager.getUserByName(username.trim());
        return user == null || user.getKey() == null ? Optional.empty()
                : Optional.of(new User(user.getKey(), user.getUsername(), user.getDisplayName()));
    }
}
