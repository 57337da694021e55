package nl.meldpunt.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.security.PasswordHasher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first platform admin of a new installation, which has no demo data and so no account at all. When
 * {@code APP_FIRST_ADMIN} names a login name and no platform admin is in service, that account is made at
 * start-up without a usable password, and a link to choose one (single use, valid as long as an invitation)
 * is written to the server log once: only the operator, who reads that log, can use it. The second factor
 * is set up at the first login, as for everyone. With a platform admin in service nothing happens, so the
 * setting may stay; it also brings back access when the last platform admin was taken out of service.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoData"})
public class FirstPlatformAdmin {

    private static final Logger LOG = Logger.getLogger(FirstPlatformAdmin.class.getName());

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private InvitationTokens tokens;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "app.first.admin")
    private Optional<String> configuredLogin;

    @Inject
    @ConfigProperty(name = "app.public.url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    @PostConstruct
    void atStartUp() {
        configuredLogin.filter(login -> !login.isBlank()).ifPresent(login -> ensure(login).ifPresent(link -> LOG.warning(
                "No platform admin is in service, so the account '" + login.strip().toLowerCase(Locale.ROOT)
                        + "' was made (APP_FIRST_ADMIN). Open this link within " + StaffInvitation.VALID.toDays()
                        + " days to choose its password; it works once: " + link)));
    }

    /**
     * Makes the platform admin account {@code loginName} with a link to choose its password, unless a platform
     * admin is in service (then nothing happens). A login name in use by another account is refused in the log.
     *
     * @return the link to open, or empty when nothing was made
     */
    public Optional<String> ensure(String loginName) {
        String login = loginName.strip().toLowerCase(Locale.ROOT);
        boolean adminInService = !em.createQuery(
                "select s.id from StaffAccount s where s.role = :role and s.active = true", Long.class)
                .setParameter("role", StaffRole.PLATFORM_ADMIN).setMaxResults(1).getResultList().isEmpty();
        if (adminInService) {
            return Optional.empty();
        }
        if (!StaffAdministration.LOGIN.matcher(login).matches()) {
            LOG.severe("APP_FIRST_ADMIN is no valid login name (3 to 60 lower-case letters, digits, dots, hyphens and"
                    + " underscores): no platform admin was made");
            return Optional.empty();
        }
        if (!em.createNamedQuery("StaffAccount.byLoginName").setParameter("loginName", login).getResultList().isEmpty()) {
            LOG.severe("APP_FIRST_ADMIN names an account that exists but is no platform admin in service: nothing was made;"
                    + " choose another login name");
            return Optional.empty();
        }
        Instant now = clock.instant();
        String unknowable = StaffAdministration.unknowablePasswordHash(hasher);
        StaffAccount account = new StaffAccount(login, login, unknowable, StaffRole.PLATFORM_ADMIN, now);
        account.awaitPassword(unknowable);
        em.persist(account);
        em.flush();
        audit.record(Actor.SYSTEM, AuditAction.STAFF_ACCOUNT_CREATED, null, "staff:" + account.getId());
        StaffInvitation invitation = new StaffInvitation(account.getId(), StaffInvitation.Purpose.INVITATION, now);
        em.persist(invitation);
        em.flush();
        String token = tokens.issue(invitation.getId(), now).orElseThrow();
        audit.record(Actor.SYSTEM, AuditAction.STAFF_INVITED, null, "staff:" + account.getId());
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return Optional.of(base + "/staff/welcome.xhtml#token=" + token);
    }
}
