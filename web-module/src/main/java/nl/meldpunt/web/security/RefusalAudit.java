package nl.meldpunt.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;

/**
 * Records a refused access in the audit trail: who (staff id or anonymous) and which path, never
 * the query string, an address or the IP address.
 */
@ApplicationScoped
public class RefusalAudit {

    static final String AUDITED = "meldpunt.refusalAudited";

    @Inject
    private AuditTrail audit;

    public void record(HttpServletRequest request, String path) {
        if (request.getAttribute(AUDITED) != null) {
            return;
        }
        request.setAttribute(AUDITED, Boolean.TRUE);
        Principal principal = request.getUserPrincipal();
        Actor actor = Actor.fromPrincipalName(principal == null ? null : principal.getName());
        String subject = "url:" + (path == null ? "?" : path);
        audit.recordIndependently(actor, AuditAction.ACCESS_DENIED, null, subject.length() > 200 ? subject.substring(0, 200) : subject);
    }
}
