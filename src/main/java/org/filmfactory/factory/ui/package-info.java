/**
 * The factory's screens: "Make film" (one button, one progress bar for the whole path, the failure with Retry, the
 * film made) and "New film from an idea" (the idea's form, the prompt templates of a chosen project, and the
 * explanation of what to configure when no chat backend is set up), and the production line ("Batches": the form that
 * starts a batch, the batches one can see, and one batch's films live with its summary, retry, cancel and report).
 */
@NullMarked
package org.filmfactory.factory.ui;

import org.jspecify.annotations.NullMarked;
