package org.filmfactory.take;

/**
 * What another module says about a shot on the storyboard and the shot page, e.g. its approval.
 *
 * @param labelKey translation key of the short label (e.g. {@code review.state.approved})
 * @param theme a Lumo badge theme: {@code success}, {@code error}, {@code contrast} or empty for the plain badge
 * @param openComments open (unresolved) comment threads on the shot and its takes
 */
public record ShotMark(String labelKey, String theme, int openComments) {
}
