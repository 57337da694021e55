package nl.meldpunt.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which failures of a timer tick are the application being stopped, and so need no stack trace in the log. */
class UndeploymentTest {

    @Test
    void recognisesTheFailuresOfATickDuringUndeploymentAndNothingElse() {
        assertTrue(Undeployment.explains(new IllegalStateException("WELD-000229: Contextual reference of Managed Bean"
                + " [class nl.meldpunt.notification.MailPlanner] with qualifiers [@Any @Default] is not valid after container"
                + " ejb-module_jar.ejb shutdown")));
        assertTrue(Undeployment.explains(new RuntimeException("wrapped", new jakarta.ejb.EJBException(
                "Attempt to invoke when container is in Undeployed"))));
        assertTrue(Undeployment.explains(new RuntimeException(
                "No Pool Meta Data object associated with the pool : meldpunt. Try redeploying the application.")));
        assertTrue(Undeployment.explains(new jakarta.enterprise.context.ContextNotActiveException(
                "WELD-001303: No active contexts for scope type jakarta.enterprise.context.ApplicationScoped")));
        assertFalse(Undeployment.explains(new jakarta.enterprise.context.ContextNotActiveException(
                "WELD-001303: No active contexts for scope type jakarta.enterprise.context.RequestScoped")));
        assertFalse(Undeployment.explains(new IllegalStateException("Reference is not valid")));
        assertFalse(Undeployment.explains(new NullPointerException()));
    }
}
