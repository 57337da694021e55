package nl.meldpunt.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import nl.meldpunt.security.Roles;

/**
 * Staff log in through the JSF login page, reporters through theirs with case code and password;
 * Jakarta Security checks the credentials against {@code StaffIdentityStore} or
 * {@code ReporterIdentityStore} and keeps the login in the HTTP session. A visitor who opens a
 * protected staff page is sent to the staff login page and back; the reporter's pages are guarded
 * by {@link ReporterAreaFilter}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/staff/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.CONFIDANT, Roles.HR, Roles.REPORTER})
@ApplicationScoped
public class StaffAuthenticationConfig {
}
