package nl.meldpunt.payara;

import com.sun.enterprise.util.uuid.UuidGenerator;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Session ids for Payara's web container: 256 bits from {@link SecureRandom}, as 64 hexadecimal digits.
 *
 * <p>Payara's own generator ({@code UuidGeneratorImpl}) builds an id of 28 hexadecimal digits from the clock, an
 * identity hash code, the host's address and two random numbers: far less than the 128 unpredictable bits that OWASP
 * ASVS 7.2.3 asks of a session token. {@code configure-domain.sh} compiles this class against the server's
 * {@code common-util.jar}, puts it into the domain's {@code lib/} folder and names it in {@code domain.xml}
 * ({@code manager-properties session-id-generator-classname}); Payara loads it from its common class loader.
 */
public final class RandomSessionIds implements UuidGenerator {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String generateUuid() {
        byte[] id = new byte[32];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    @Override
    public String generateUuid(Object ignored) {
        return generateUuid();
    }
}
