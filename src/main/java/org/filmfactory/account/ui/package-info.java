/** Sign-in and sign-up screens. */
@NullMarked
package org.filmfactory.account.ui;

import org.jspecify.annotations.NullMarked;
