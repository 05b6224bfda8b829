package org.filmfactory.take.internal.settings;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals API keys with AES-256-GCM before they reach the database and opens them only for the backend call. Each
 * sealed key is bound to its project and backend (additional authenticated data), so a sealed value copied to
 * another row does not open. Format: {@code v1:} + Base64(12-byte IV ‖ ciphertext ‖ tag).
 *
 * <p>The sealing key comes from {@code filmfactory.take.secret-key} when set (recommended: then a database dump
 * alone reveals no API key). Otherwise one key is generated on first use and kept in {@code take_secret}: every node
 * of a cluster shares the database but not always a data folder, and a studio works without configuration. Keys
 * never appear in logs or exceptions.
 */
@Component
class ApiKeySeal {

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeySeal.class);
    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySettings settings;
    private final JdbcClient jdbc;
    private final TransactionTemplate apart;
    private final SecureRandom random = new SecureRandom();
    private @Nullable SecretKey key;

    ApiKeySeal(SecretKeySettings settings, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.settings = settings;
        this.jdbc = jdbc;
        // Read and create the stored key in a transaction of its own: a failed insert must not spoil the caller's.
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String seal(String apiKey, String context) {
        try {
            var iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var sealed = cipher.doFinal(apiKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The API key, or empty when it cannot be opened (the sealing key changed): the owner must enter it again. */
    java.util.Optional<String> open(String sealed, String context) {
        if (!sealed.startsWith(VERSION)) {
            return java.util.Optional.empty();
        }
        try {
            var bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return java.util.Optional.of(new String(plain, java.nio.charset.StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            LOG.warn("A stored API key could not be opened ({}); was filmfactory.take.secret-key changed?",
                    context);
            return java.util.Optional.empty();
        }
    }

    private synchronized SecretKey key() {
        if (key == null) {
            key = new SecretKeySpec(keyBytes(), "AES");
        }
        return key;
    }

    private byte[] keyBytes() {
        var configured = settings.secretKey();
        if (configured != null && !configured.isBlank()) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(configured.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("filmfactory.take.secret-key is not Base64");
            }
            if (bytes.length != 32) {
                throw new IllegalStateException("filmfactory.take.secret-key must be 32 bytes (Base64 of 32 bytes)");
            }
            return bytes;
        }
        var stored = storedKey();
        if (stored != null) {
            return Base64.getDecoder().decode(stored);
        }
        try {
            var generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            var fresh = Base64.getEncoder().encodeToString(generator.generateKey().getEncoded());
            apart.executeWithoutResult(status -> jdbc.sql("INSERT INTO take_secret (id, aes_key) VALUES (1, :key)")
                    .param("key", fresh).update());
            LOG.info("Generated the key that seals AI backends' API keys; set filmfactory.take.secret-key to keep it"
                    + " out of the database");
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            // Another node generated it at the same moment: use theirs.
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
        return Base64.getDecoder().decode(java.util.Objects.requireNonNull(storedKey()));
    }

    private @Nullable String storedKey() {
        return apart.execute(status -> jdbc.sql("SELECT aes_key FROM take_secret WHERE id = 1").query(String.class).optional().orElse(null));
    }
}
