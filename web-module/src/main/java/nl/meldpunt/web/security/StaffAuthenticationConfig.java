package nl.meldpunt.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.meldpunt.shared.Roles;

/**
 * Staff log in through the JSF login page, reporters through theirs with case code and password;
 * Jakarta Security checks the credentials against {@code StaffIdentityStore} or
 * {@code ReporterIdentityStore} and keeps the login in the HTTP session. A visitor who opens a
 * protected staff page is sent to the staff login page and back; the reporter's pages are guarded
 * by {@link ReporterAreaFilter}.
 *
 * <p>This is the custom form mechanism of Jakarta Security written out (credentials given by the
 * login pages through {@code SecurityContext.authenticate}), so that {@link SecurityHeadersInterceptor}
 * can give the answers the container sends before any filter runs (the redirect to the login page)
 * the same security and no-store headers as every other response.
 */
@AutoApplySession
@LoginToContinue(loginPage = "/staff/login.xhtml", useForwardToLogin = false, errorPage = "")
@SecurityHeadersInterceptor.Binding
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.CONFIDANT, Roles.HR, Roles.REPORTER})
@ApplicationScoped
public class StaffAuthenticationConfig implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
}
