package nl.meldpunt.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashing with the OWASP Password Storage Cheat Sheet parameters (m = 19 MiB,
 * t = 2, p = 1). Each hash costs tens of milliseconds and 19 MiB, so the number of hashes running at
 * once is bounded by the number of cores: a burst of logins queues instead of exhausting memory.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int HASH_LENGTH = 32;
    private static final int SALT_LENGTH = 16;

    private static final Argon2Function ARGON2ID =
            Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_LENGTH, Argon2.ID, 19);

    /** Compared against when an account does not exist, so that the answer takes as long. */
    private static final String DUMMY_HASH = ARGON2ID.hash("not a real password").getResult();
    /** The salt of {@link #deriveForNothing}: what it derives is thrown away, so it need not be secret or random. */
    private static final byte[] DUMMY_SALT = "meldpunt-dummy16".getBytes(StandardCharsets.US_ASCII);

    private final Semaphore permits = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    /** @return a PHC string ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) with a random salt. */
    public String hash(CharSequence password) {
        return bounded(() -> Password.hash(password).addRandomSalt(SALT_LENGTH).with(ARGON2ID).getResult());
    }

    /** Checks a password against a stored PHC string; a {@code null} hash takes as long and fails. */
    public boolean verify(CharSequence password, String storedHash) {
        if (storedHash == null) {
            bounded(() -> Password.check(password, DUMMY_HASH).with(ARGON2ID));
            return false;
        }
        return bounded(() -> Password.check(password, storedHash)
                .with(Argon2Function.getInstanceFromHash(storedHash)));
    }

    /**
     * A 256-bit key from a password, with the same Argon2id costs as the login hash but its own salt (never the
     * login hash's): what seals a confidant's private key and a reporter's copy of the case key. Bounded like the
     * hashes, so that a burst of logins queues instead of exhausting memory.
     *
     * @param salt 16 random bytes kept beside what the key seals
     */
    public byte[] deriveKey(CharSequence password, byte[] salt) {
        Objects.requireNonNull(password, "password");
        if (salt == null || salt.length != SALT_LENGTH) {
            throw new IllegalArgumentException("A key is derived with a 16-byte salt");
        }
        byte[] utf8 = password.toString().getBytes(StandardCharsets.UTF_8);
        return bounded(() -> {
            var generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(MEMORY_KIB).withIterations(ITERATIONS).withParallelism(PARALLELISM)
                    .withSalt(salt).build());
            byte[] key = new byte[HASH_LENGTH];
            try {
                generator.generateBytes(utf8, key);
                return key;
            } finally {
                Arrays.fill(utf8, (byte) 0);
            }
        });
    }

    /**
     * Spends what {@link #deriveKey} costs and forgets the result: for a failed login that must answer as slowly as
     * one on which a sealed key was tried as well (issue 17: a sealed key is the password check at login).
     */
    public void deriveForNothing(CharSequence password) {
        Arrays.fill(deriveKey(password, DUMMY_SALT), (byte) 0);
    }

    /** @return a fresh random salt for {@link #deriveKey} */
    public static byte[] newSalt(SecureRandom random) {
        byte[] salt = new byte[SALT_LENGTH];
        random.nextBytes(salt);
        return salt;
    }

    private <T> T bounded(java.util.function.Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
