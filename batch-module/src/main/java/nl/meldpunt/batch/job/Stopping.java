package nl.meldpunt.batch.job;

import java.util.function.Supplier;
import nl.meldpunt.shared.Undeployment;

/**
 * A job that calls into the application while it is being undeployed or stopped finds the EJB container
 * gone. That is no defect: the run is continued after the restart. This turns that one failure into a
 * short one without a stack trace, so that the server log keeps stack traces for real faults.
 */
final class Stopping extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private Stopping(String message) {
        super(message, null, false, false);
    }

    static <T> T guard(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (Undeployment.explains(e)) {
                throw new Stopping("The application is stopping; the run continues after it starts again");
            }
            throw e;
        }
    }

    static void guard(Runnable call) {
        guard(() -> {
            call.run();
            return null;
        });
    }
}
