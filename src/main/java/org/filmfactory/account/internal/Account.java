package org.filmfactory.account.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A person who can sign in. The e-mail is the sign-in name; only a hash of the password is kept. */
@Entity
@Table(name = "account_user")
public class Account {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String email;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Column(nullable = false)
    private String locale;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {
    }

    public Account(UUID id, String email, String displayName, String passwordHash, String locale, Instant createdAt) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.locale = locale;
        this.createdAt = createdAt;
    }

    /** A new name and language, already checked by the caller. */
    public void describe(String newDisplayName, String newLocale) {
        this.displayName = newDisplayName;
        this.locale = newLocale;
    }

    /** Whether {@code password} is this person's password. */
    public boolean hasPassword(String password, PasswordEncoder encoder) {
        return encoder.matches(password, passwordHash);
    }

    /** A new password, already checked and hashed by the caller. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    /** A new sign-in e-mail, already normalized, checked and found free by the caller. */
    public void changeEmail(String newEmail) {
        this.email = newEmail;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    public String locale() {
        return locale;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
