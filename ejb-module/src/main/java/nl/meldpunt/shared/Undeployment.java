package nl.meldpunt.shared;

/**
 * Recognises the failures of a timer tick that runs while the application is being stopped or
 * redeployed: the EJB container refuses calls, or the persistence unit is already closed. Such a tick
 * is not a fault worth a stack trace in the server log; the next deployment's timer picks the work up.
 */
public final class Undeployment {

    private Undeployment() {
    }

    public static boolean explains(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof jakarta.ejb.EJBException && message.contains("container is in")) {
                return true;
            }
            if (t instanceof IllegalStateException && message.contains("Unable to retrieve EntityManagerFactory")) {
                return true;
            }
            if (message.contains("is not valid after container") && message.contains("shutdown")) {
                return true; // WELD-000229: a bean of the module that is being undeployed
            }
            if (message.contains("No Pool Meta Data object associated with the pool")) {
                return true; // the application's own connection pool is already gone
            }
            if (t instanceof jakarta.enterprise.context.ContextNotActiveException && message.contains("ApplicationScoped")) {
                return true; // WELD-001303: the application context ends only when the application stops
            }
        }
        return false;
    }

    /**
     * Whether a batch job could not be started because its artifacts could not be loaded: the application's classes
     * are not (or no longer) there while it is being deployed or undeployed. A job started then is counted as a
     * failed try and tried again later, which is enough; a job that keeps failing this way ends as given up with
     * this reason, where the admin sees it.
     */
    public static boolean artifactsMissing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("failed to load artifact") || t instanceof ClassNotFoundException) {
                return true;
            }
        }
        return explains(failure);
    }
}
