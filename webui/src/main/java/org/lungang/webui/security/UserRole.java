package org.lungang.webui.security;

/** What a user may do. Each role includes the ones below it: an administrator also plans, a planner also reads. */
public enum UserRole {
    /** Manages users; everything a planner does. */
    ADMIN,
    /** Imports datasets, edits scenarios, solves and adjusts plans. */
    PLANNER,
    /** Reads datasets, scenarios and plans. */
    VIEWER
}
