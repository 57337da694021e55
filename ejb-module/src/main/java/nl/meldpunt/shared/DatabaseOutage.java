package nl.meldpunt.shared;

import java.net.ConnectException;
import java.sql.SQLException;

/**
 * Recognises a failure whose cause is that the database cannot be reached (stopped, restarting, or the network
 * to it down): the timers then log one line instead of a stack trace, because it is an outage to fix outside
 * the application, not a defect in it; the next tick tries again and the connection pools recover by themselves.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean explains(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // SQL state class 08: connection exception
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Error in allocating a connection") || message.contains("Connection could not be allocated")) {
                return true; // the pool could not get a connection for the caller
            }
        }
        return false;
    }
}
