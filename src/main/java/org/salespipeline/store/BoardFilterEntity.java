package org.salespipeline.store;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The board filters one user last used on one project's board, by the user's key. */
@Table("BOARD_FILTER")
@Indexes(@Index(name = "board_filter_user", methodNames = {"getUserKey", "getProjectKey"}))
public interface BoardFilterEntity extends Entity {

    @NotNull
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @StringLength(255)
    String getProjectKey();

    void setProjectKey(String projectKey);

    @StringLength(255)
    String getOwner();

    void setOwner(String owner);

    @StringLength(10)
    String getCloseFrom();

    void setCloseFrom(String closeFrom);

    @StringLength(10)
    String getCloseTo();

    void setCloseTo(String closeTo);

    @StringLength(100)
    String getText();

    void setText(String text);
}
