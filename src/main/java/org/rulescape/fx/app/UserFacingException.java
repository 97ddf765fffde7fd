package org.rulescape.fx.app;

/**
 * A background job stopped on a condition that the user can read and act on, such as a run with
 * too few usable seeds for an analysis, and not on a defect. {@link FxBackgroundTasks} logs it as
 * one INFO line without a stack trace; the message is meant for the screen.
 */
public class UserFacingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserFacingException(String message) {
        super(message);
    }
}
