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
        }
        return false;
    }
}
