package org.salespipeline.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Optional;
import net.java.ao.DBParam;
import org.salespipeline.metrics.BoardFilterMemory;

/** Users' last board filters in Active Objects: one row per user and project with filters kept. */
public class AoBoardFilterMemory implements BoardFilterMemory {

    private static final String WHERE = "USER_KEY = ? AND PROJECT_KEY = ?";

    private final ActiveObjects ao;

    public AoBoardFilterMemory(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Saved> find(String userKey, String projectKey) {
        return ao.executeInTransaction(() -> {
            BoardFilterEntity[] rows = ao.find(BoardFilterEntity.class, WHERE, userKey, projectKey);
            return rows.length == 0 ? Optional.<Saved>empty() : Optional.of(new Saved(rows[0].getOwner(),
                    rows[0].getCloseFrom(), rows[0].getCloseTo(), rows[0].getText()));
        });
    }

    @Override
    public void save(String userKey, String projectKey, Saved filters) {
        ao.executeInTransaction(() -> {
            BoardFilterEntity[] rows = ao.find(BoardFilterEntity.class, WHERE, userKey, projectKey);
            for (int i = filters.isEmpty() ? 0 : 1; i < rows.length; i++) {
                ao.delete(rows[i]);
            }
            if (filters.isEmpty()) {
                return null;
            }
            BoardFilterEntity row = rows.length > 0 ? rows[0] : ao.create(BoardFilterEntity.class,
                    new DBParam("USER_KEY", userKey), new DBParam("PROJECT_KEY", projectKey));
            row.setOwner(filters.owner());
            row.setCloseFrom(filters.closeFrom());
            row.setCloseTo(filters.closeTo());
            row.setText(filters.text());
            row.save();
            return null;
        });
    }
}
