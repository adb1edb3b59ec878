package io.guarddesk.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 with a per-password salt, through the platform's own implementation
 * (R4.2). Unknown names are checked against a dummy hash so a wrong name costs as long as a
 * wrong password and timing does not reveal which staff names exist.
 */
@ApplicationScoped
public class PasswordHashing {

    private Pbkdf2PasswordHash hash;
    private String dummyHash;

    protected PasswordHashing() {
    }

    @Inject
    public PasswordHashing(Pbkdf2PasswordHash hash) {
        this.hash = hash;
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        this.dummyHash = hash.generate("not-a-password".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String stored) {
        return hash.verify(password.toCharArray(), stored);
    }

    /** Spends the time of one verification, for names that do not exist. */
    public void verifyNothing(String password) {
        hash.verify(password.toCharArray(), dummyHash);
    }
}
