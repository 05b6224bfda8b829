package org.filmfactory.review;

import org.filmfactory.platform.InvalidInput;

/**
 * A decision on a shot that cannot be taken: approving a shot without a selected take, asking for changes without
 * saying which, or with a note longer than {@link Reviews#MAX_TEXT}. Nothing changed.
 */
public final class ApprovalRefused extends InvalidInput {

    public ApprovalRefused(String messageKey, Object... arguments) {
        super("note", messageKey, arguments);
    }
}
