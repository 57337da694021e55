package nl.meldpunt.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import nl.meldpunt.security.Roles;

/**
 * Staff log in through the JSF login page; Jakarta Security checks the credentials against
 * {@code StaffIdentityStore} and keeps the login in the HTTP session. A visitor who opens a protected
 * page is sent to the login page and back.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/staff/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.CONFIDANT, Roles.HR})
@ApplicationScoped
public class StaffAuthenticationConfig {
}
