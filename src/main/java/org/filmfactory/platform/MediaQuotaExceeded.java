package org.filmfactory.platform;

/** Storing a file would take its owner (a project) over its media quota; nothing was stored. */
public final class MediaQuotaExceeded extends UserFacingException {

    /**
     * @param usedBytes what the owner holds now
     * @param quotaBytes the owner's quota
     */
    public MediaQuotaExceeded(long usedBytes, long quotaBytes) {
        super("media.quota-exceeded", usedBytes / (1024 * 1024), quotaBytes / (1024 * 1024));
    }
}
