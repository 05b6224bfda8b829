package org.filmfactory.screenplay;

import org.filmfactory.platform.UserFacingException;

/**
 * An uploaded file was not imported because of what kind of file it is or what is inside it; the script was not
 * changed. Files that are too large, binary or not UTF-8 are {@link UnreadableScript}s instead.
 */
public abstract sealed class ScriptImportRefused extends UserFacingException
        permits ScriptFormatUnknown, FinalDraftMalformed, FinalDraftUnsafe {

    ScriptImportRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
