package nl.meldpunt.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;
import nl.meldpunt.shared.Roles;
import nl.meldpunt.web.shared.SecurityHeadersFilter;

/**
 * Staff log in through the JSF login page, reporters through theirs with case code and password;
 * Jakarta Security checks the credentials against {@code StaffIdentityStore} or
 * {@code ReporterIdentityStore}. A visitor who opens a protected staff page is sent to the staff
 * login page; the reporter's pages are guarded by {@link ReporterAreaFilter}.
 *
 * <p>The login is kept in the HTTP session by this class, not by {@code @AutoApplySession}: Payara
 * 6.2025 gives a session's roles back through a security context that request threads share for a
 * moment (its issue FISH-7515, fixed after the newest version we can use), so under concurrent
 * requests a logged-in person now and then came without the role and was refused the own pages
 * ({@code ConcurrentSessionsIT}). Here the caller and the role are handed to the container afresh on
 * every request; they also move with the session to another instance of a deployment group, where
 * Payara's own session login lost the roles too (Payara issue 6342).
 *
 * <p>The container asks this class before any filter runs, so it sets the security and no-store
 * headers itself: its redirect of an anonymous visitor to the login page never reaches the filter.
 */
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.CONFIDANT, Roles.HR, Roles.REPORTER})
@ApplicationScoped
public class StaffAuthenticationConfig implements HttpAuthenticationMechanism {

    /** The session attribute that holds the {@link Login}. */
    static final String LOGIN = "meldpunt.login";

    private static final String LOGIN_PAGE = "/staff/login.xhtml";

    /** Who is logged in to a session: the caller's name (a staff id or {@code reporter:<case code>}) and the role. */
    record Login(String caller, Set<String> roles) implements Serializable {
    }

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        SecurityHeadersFilter.setHeaders(request, response, SecurityHeadersFilter.isVersionedResource(request));
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            // A login page's SecurityContext.authenticate; the page has given the session a new id already.
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession().setAttribute(LOGIN,
                        new Login(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(LOGIN) instanceof Login login) {
            return context.notifyContainerAboutLogin(login.caller(), login.roles());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /** {@code request.logout()}: the session forgets the login (logging out also throws the session away). */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(LOGIN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
