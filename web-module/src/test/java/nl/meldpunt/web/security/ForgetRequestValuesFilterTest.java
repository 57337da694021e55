package nl.meldpunt.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The walk from a request object to the HTTP layer's scratch buffers, on stand-ins shaped like Payara's classes
 * (the real ones are proved in the running server by {@code CanaryHeapIT}, which fails without the filter).
 */
class ForgetRequestValuesFilterTest {

    @Test
    void bothScratchBuffersBehindTheRequestAreEmptied() {
        Facade facade = new Facade();
        Parameters parameters = facade.catalina.grizzly.parameters;
        parameters.tmpNameC.cachedString = "bericht";
        parameters.tmpValueC.cachedString = "Een verhaal over mijn leidinggevende";

        ForgetRequestValuesFilter.forgetDecodedValues(facade);

        assertNull(parameters.tmpNameC.cachedString);
        assertNull(parameters.tmpValueC.cachedString);
        assertNull(parameters.tmpValueC.buff, "the characters go too");
    }

    @Test
    void anyOtherRequestObjectIsLeftAloneTimeAfterTime() {
        Object notPayaras = new StringBuilder("melding");
        for (int i = 0; i < 3; i++) {
            ForgetRequestValuesFilter.forgetDecodedValues(notPayaras);
        }
        assertEquals("melding", notPayaras.toString());
    }

    /** Like {@code org.apache.catalina.connector.RequestFacade}. */
    public static final class Facade {
        final Catalina catalina = new Catalina();

        public Catalina getUnwrappedCoyoteRequest() {
            return catalina;
        }
    }

    /** Like {@code org.apache.catalina.connector.Request}. */
    public static final class Catalina {
        final Grizzly grizzly = new Grizzly();

        public Grizzly getCoyoteRequest() {
            return grizzly;
        }
    }

    /** Like {@code org.glassfish.grizzly.http.server.Request}. */
    public static final class Grizzly {
        final Parameters parameters = new Parameters();

        public Parameters getParameters() {
            return parameters;
        }
    }

    /** Like {@code org.glassfish.grizzly.http.util.Parameters}: the buffers are package-private there too. */
    public static final class Parameters {
        final CharChunk tmpNameC = new CharChunk();
        final CharChunk tmpValueC = new CharChunk();
    }

    /** Like {@code org.glassfish.grizzly.http.util.CharChunk}. */
    public static final class CharChunk {
        char[] buff = new char[64];
        String cachedString;

        public void reset() {
            buff = null;
            cachedString = null;
        }
    }
}
