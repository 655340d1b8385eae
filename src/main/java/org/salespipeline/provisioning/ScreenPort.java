package org.salespipeline.provisioning;

import java.util.List;

/** The screens a project shows for an issue type (create, edit, view), and the fields on them. */
public interface ScreenPort extends JiraPart {

    List<Screen> screens(String projectKey, String issueTypeId);

    boolean screenHasField(String screenId, String fieldId);

    /** Adds the field at the end of the screen's first tab. */
    void addFieldToScreen(String screenId, String fieldId);

    void removeFieldFromScreen(String screenId, String fieldId);
}
