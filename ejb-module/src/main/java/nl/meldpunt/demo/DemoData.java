package nl.meldpunt.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.procedure.ProcedureVersion;
import nl.meldpunt.practice.ActivityKind;
import nl.meldpunt.practice.ActivityTopic;
import nl.meldpunt.practice.Audience;
import nl.meldpunt.practice.PracticeActivity;
import nl.meldpunt.publication.Frequency;
import nl.meldpunt.publication.PublicationKind;
import nl.meldpunt.publication.PublicationSchedule;
import nl.meldpunt.security.CaseCipher;
import nl.meldpunt.security.PasswordHasher;
import nl.meldpunt.security.WrappedKey;
import nl.meldpunt.staff.StaffAccount;
import nl.meldpunt.staff.StaffRole;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the demo organisations and one staff account per role on the first start with
 * {@code app.demo.enabled=true} (the README's run command and the tests switch it on). Idempotent:
 * nothing happens when the demo organisation already exists.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "VaultSchemaMigration", "KeyCheck"})
public class DemoData {

    /** Printed by the run script and used by the tests; never used outside demo mode. */
    public static final String DEMO_PASSWORD = "demo-Meldpunt-2026";

    /**
     * The demo staff accounts' second-factor secret (base32), printed by the run script: add it to an
     * authenticator app, or run {@code oathtool --totp -b SECRET}. {@code beheerder.noord} has none,
     * to show the enrolment; HR needs none.
     */
    public static final String DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    /** A made-up municipal shield for the demo organisation's entry page. */
    private static final String DEMO_LOGO = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 72" role="img" aria-label="Gemeente Voorbeeldstad">\
            <path d="M32 2 L60 12 V36 C60 54 46 66 32 70 C18 66 4 54 4 36 V12 Z" fill="#ffffff" stroke="#E17000" stroke-width="4"/>\
            <path d="M20 26 H44 V48 H20 Z M26 26 V18 H38 V26" fill="#00557F"/>\
            <circle cx="32" cy="38" r="4" fill="#ffffff"/></svg>""";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private DemoReport demoReport;

    @Inject
    private CaseCipher cipher;

    @Inject
    @ConfigProperty(name = "app.demo.enabled", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void createOnce() {
        if (!enabled || cipher.refusesWrongKek()) {
            return; // with the wrong key nothing is sealed, not even a demo report (KeyCheck says why in the log)
        }
        // Two instances of a deployment group start at once: the second waits here until the first has committed,
        // then finds the demo organisation there (without it both made one and the second failed to start).
        em.createNativeQuery("SELECT name FROM startup_lock WHERE name = 'demo-data' FOR UPDATE").getResultList();
        if (!em.createNamedQuery("Organisation.bySlug").setParameter("slug", "demo").getResultList().isEmpty()) {
            addDepartmentsIfMissing();
            renameOldDemoStaff();
            addDemoReportIfMissing();
            addReportSchedulesIfMissing();
            addConfidantProfileIfMissing();
            addProcedureIfMissing();
            addPracticeActivitiesIfMissing();
            return;
        }
        Organisation demo = organisation("demo", "Gemeente Voorbeeldstad", "#00557F", "#E17000");
        Organisation noord = organisation("noord", "Zorggroep Noord", "#2E6B30", "#8A4F9E");
        String hash = hasher.hash(DEMO_PASSWORD);
        // Display names are people's names: the pages show the role beside them.
        staff("platform", DEMO_NAMES.get("platform"), hash, StaffRole.PLATFORM_ADMIN);
        staff("beheerder", DEMO_NAMES.get("beheerder"), hash, StaffRole.ORG_ADMIN, demo);
        staff("vertrouwenspersoon", DEMO_NAMES.get("vertrouwenspersoon"), hash, StaffRole.CONFIDANT, demo);
        staff("hr", DEMO_NAMES.get("hr"), hash, StaffRole.HR, demo);
        staff("beheerder.noord", DEMO_NAMES.get("beheerder.noord"), hash, StaffRole.ORG_ADMIN, noord);
        staff("vertrouwenspersoon.noord", DEMO_NAMES.get("vertrouwenspersoon.noord"), hash, StaffRole.CONFIDANT, noord);
        staff("hr.noord", DEMO_NAMES.get("hr.noord"), hash, StaffRole.HR, noord);
        // An external confidant who serves both organisations: the demo's reporters can choose.
        staff("kader", DEMO_NAMES.get("kader"), hash, StaffRole.CONFIDANT, demo, noord);
        demo.changeDepartments(DEMO_DEPARTMENTS);
        noord.changeDepartments(NOORD_DEPARTMENTS);
        demo.changeLogo(DEMO_LOGO.getBytes(java.nio.charset.StandardCharsets.UTF_8), "image/svg+xml");
        addDemoReportIfMissing();
        addReportSchedulesIfMissing();
        addConfidantProfileIfMissing();
        addProcedureIfMissing();
        addPracticeActivitiesIfMissing();
        LOG.info("Demo organisations 'demo' and 'noord' created with one staff account per role");
    }

    private static final java.util.List<String> DEMO_DEPARTMENTS =
            java.util.List.of("Burgerzaken", "Sociaal Domein", "Openbare Ruimte", "Bedrijfsvoering", "Directie");
    private static final java.util.List<String> NOORD_DEPARTMENTS = java.util.List.of("Verpleging", "Thuiszorg", "Facilitair", "Staf");

    /** The demo staff's names: a person's name, no role (the header shows the role once, beside it). */
    private static final java.util.Map<String, String> DEMO_NAMES = java.util.Map.of(
            "platform", "Paula Platform",
            "beheerder", "Bea Beheer",
            "vertrouwenspersoon", "Vera Vertrouwen",
            "hr", "Hans Rapport",
            "beheerder.noord", "Nina Noord",
            "vertrouwenspersoon.noord", "Niels Noord",
            "hr.noord", "Hanna Noord",
            "kader", "Karim Kader (extern)");

    /** The names earlier demo databases got, with the role in them; renamed once (a changed name stays). */
    private static final java.util.Map<String, String> OLD_DEMO_NAMES = java.util.Map.of(
            "platform", "Platformbeheer Meldpunt",
            "beheerder", "Bea Beheer (beheerder Voorbeeldstad)",
            "vertrouwenspersoon", "Vera Vertrouwen (vertrouwenspersoon)",
            "hr", "Hans Rapport (HR Voorbeeldstad)",
            "beheerder.noord", "Nina Noord (beheerder Zorggroep Noord)",
            "vertrouwenspersoon.noord", "Niels Noord (vertrouwenspersoon Noord)",
            "kader", "Karim Kader (externe vertrouwenspersoon)");

    private void renameOldDemoStaff() {
        OLD_DEMO_NAMES.forEach((login, oldName) -> em.createQuery(
                        "update StaffAccount s set s.displayName = :name where s.loginName = :login and s.displayName = :old")
                .setParameter("name", DEMO_NAMES.get(login)).setParameter("login", login).setParameter("old", oldName)
                .executeUpdate());
    }

    /** Demo databases from before departments existed get them too. */
    private void addDepartmentsIfMissing() {
        for (var entry : java.util.Map.of("demo", DEMO_DEPARTMENTS, "noord", NOORD_DEPARTMENTS).entrySet()) {
            em.createNamedQuery("Organisation.bySlug", Organisation.class).setParameter("slug", entry.getKey())
                    .getResultStream().filter(o -> o.getDepartments().isEmpty())
                    .forEach(o -> o.changeDepartments(entry.getValue()));
        }
    }

    private void addDemoReportIfMissing() {
        if (!em.createNamedQuery("Report.byCaseCode").setParameter("caseCode", DemoReport.CASE_CODE).getResultList().isEmpty()) {
            return;
        }
        Organisation demo = em.createNamedQuery("Organisation.bySlug", Organisation.class).setParameter("slug", "demo")
                .getSingleResult();
        try {
            demoReport.createFor(demo.getId(), DEMO_PASSWORD);
        } catch (IllegalStateException e) {
            LOG.warning("No demo report: " + e.getMessage());
        }
    }

    /** The demo's HR receive the register and the trend report every quarter, the annual report every January (a link by mail). */
    private void addReportSchedulesIfMissing() {
        Organisation demo = (Organisation) em.createNamedQuery("Organisation.bySlug").setParameter("slug", "demo").getSingleResult();
        if (!em.createQuery("select s.id from PublicationSchedule s where s.organisationId = :organisation", Long.class)
                .setParameter("organisation", demo.getId()).getResultList().isEmpty()) {
            return;
        }
        java.util.Set<Long> hr = java.util.Set.copyOf(em.createQuery(
                        "select s.id from StaffAccount s where s.loginName = :login", Long.class)
                .setParameter("login", "hr").getResultList());
        em.persist(PublicationSchedule.of(demo.getId(), PublicationKind.REGISTER, Frequency.QUARTERLY, 1, false, hr));
        em.persist(PublicationSchedule.of(demo.getId(), PublicationKind.TREND, Frequency.QUARTERLY, 1, false, hr));
        em.persist(PublicationSchedule.of(demo.getId(), PublicationKind.ANNUAL, Frequency.YEARLY, 15, false, hr));
    }

    /** Issue 14: the demo's confidant introduces herself on the entry page (the other confidants show their names only). */
    private void addConfidantProfileIfMissing() {
        em.createQuery("select s.id from StaffAccount s where s.loginName = 'vertrouwenspersoon'", Long.class).getResultStream()
                .filter(id -> em.find(nl.meldpunt.profile.ConfidantProfile.class, id) == null)
                .forEach(id -> em.persist(new nl.meldpunt.profile.ConfidantProfile(id, new nl.meldpunt.profile.ProfileChange(
                        "Ik ben Vera, vertrouwenspersoon van de gemeente. U kunt bij mij terecht met alles wat u op het werk"
                                + " dwarszit. Ik luister, denk met u mee en doe niets zonder uw toestemming.",
                        "I am Vera, the municipality's confidant. You can come to me with anything that troubles you at work."
                                + " I listen, think along with you and do nothing without your consent.",
                        "Maandag tot en met donderdag, 9.00 tot 17.00 uur", "Monday to Thursday, 9 am to 5 pm",
                        java.util.List.of("nl", "en"), "030 123 45 67"), clock.instant())));
    }

    /** Issue 14: the demo organisation's published procedure and PSA policy, version 1 (published by its admin). */
    private void addProcedureIfMissing() {
        Organisation demo = (Organisation) em.createNamedQuery("Organisation.bySlug").setParameter("slug", "demo").getSingleResult();
        if (!em.createQuery("select v.id from ProcedureVersion v where v.organisationId = :organisation", Long.class)
                .setParameter("organisation", demo.getId()).getResultList().isEmpty()) {
            return;
        }
        Long admin = em.createQuery("select s.id from StaffAccount s where s.loginName = 'beheerder'", Long.class)
                .getResultStream().findFirst().orElse(null);
        if (admin == null) {
            return;
        }
        em.persist(ProcedureVersion.firstVersion(demo.getId(), DEMO_PROCEDURE_NL, DEMO_PROCEDURE_EN, admin, clock.instant()));
        audit.record(Actor.SYSTEM, AuditAction.PROCEDURE_PUBLISHED, demo.getId(), "organisation:" + demo.getId() + ":procedure");
    }

    private static final String DEMO_PROCEDURE_NL = """
            Gemeente Voorbeeldstad wil dat iedereen veilig en prettig kan werken. In ons beleid psychosociale \
            arbeidsbelasting (PSA-beleid) staat hoe wij ongewenst gedrag voorkomen en hoe wij omgaan met meldingen.

            Waarvoor kunt u melden?
            - ongewenste omgangsvormen: pesten, (seksuele) intimidatie, discriminatie, agressie en geweld
            - integriteitsschendingen en vermoedens van een misstand, zoals fraude, diefstal of corruptie

            Hoe gaat een melding?
            - U meldt via dit meldpunt, anoniem als u wilt, of u belt de vertrouwenspersoon.
            - De vertrouwenspersoon bevestigt de ontvangst binnen 7 dagen en vertelt u binnen 3 maanden wat er met een melding van een misstand is gedaan.
            - U houdt zelf de regie: zonder uw toestemming wordt niemand in de organisatie ingelicht.

            Een formele klacht over ongewenst gedrag dient u in bij de klachtencommissie; de vertrouwenspersoon helpt u daarbij als u dat wilt.

            Dit beleid is vastgesteld door de directie, na instemming van de ondernemingsraad.""";

    private static final String DEMO_PROCEDURE_EN = """
            The municipality of Voorbeeldstad wants everyone to be able to work safely and pleasantly. Our policy on \
            psychosocial workload (PSA policy) describes how we prevent undesirable behaviour and how we handle reports.

            What can you report?
            - undesirable behaviour: bullying, (sexual) harassment, discrimination, aggression and violence
            - integrity violations and suspected wrongdoing, such as fraud, theft or corruption

            How does a report go?
            - You report through this reporting point, anonymously if you wish, or you call the confidant.
            - The confidant acknowledges receipt within 7 days and tells you within 3 months what has been done about a report of wrongdoing.
            - You stay in control: nobody in the organisation is told without your consent.

            A formal complaint about undesirable behaviour goes to the complaints committee; the confidant helps you with it if you wish.

            This policy was adopted by the management board, with the consent of the works council.""";
    /** Issue 14: a few activities of the demo's confidant last year and this year, so the console and the annual report show some. */
    private void addPracticeActivitiesIfMissing() {
        Organisation demo = (Organisation) em.createNamedQuery("Organisation.bySlug").setParameter("slug", "demo").getSingleResult();
        if (!em.createQuery("select a.id from PracticeActivity a where a.organisationId = :organisation", Long.class)
                .setParameter("organisation", demo.getId()).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Long confidant = em.createQuery("select s.id from StaffAccount s where s.loginName = :login", Long.class)
                .setParameter("login", "vertrouwenspersoon").getResultStream().findFirst().orElse(null);
        if (confidant == null) {
            return;
        }
        java.time.LocalDate today = nl.meldpunt.shared.DutchTime.today(clock);
        int lastYear = today.getYear() - 1;
        record(demo, confidant, ActivityKind.INFORMATION_SESSION, java.time.LocalDate.of(lastYear, 3, 12), Audience.EMPLOYEES, 24,
                ActivityTopic.ROLE_OF_CONFIDANT, today);
        record(demo, confidant, ActivityKind.TRAINING, java.time.LocalDate.of(lastYear, 6, 5), Audience.MANAGERS, 11,
                ActivityTopic.UNDESIRED_BEHAVIOUR, today);
        record(demo, confidant, ActivityKind.ADVICE_UNSOLICITED, java.time.LocalDate.of(lastYear, 9, 20), null, 0,
                ActivityTopic.WORK_CLIMATE, today);
        record(demo, confidant, ActivityKind.POLICY_EVALUATION, java.time.LocalDate.of(lastYear, 11, 2), null, 0,
                ActivityTopic.PSA_POLICY, today);
        record(demo, confidant, ActivityKind.ADVICE_SOLICITED, today.minusDays(10), null, 0, ActivityTopic.BULLYING, today);
    }

    private void record(Organisation organisation, long confidant, ActivityKind kind, java.time.LocalDate day, Audience audience,
                        int participants, ActivityTopic topic, java.time.LocalDate today) {
        em.persist(new PracticeActivity(organisation.getId(), kind, day, audience, participants, topic, confidant, clock.instant(), today));
    }

    private Organisation organisation(String slug, String name, String primary, String accent) {
        Organisation organisation = new Organisation(slug, name, primary, accent, clock.instant());
        em.persist(organisation);
        em.flush();
        audit.record(Actor.SYSTEM, AuditAction.ORGANISATION_CREATED, organisation.getId(), "organisation:" + organisation.getId());
        return organisation;
    }

    private void staff(String login, String name, String hash, StaffRole role, Organisation... organisations) {
        StaffAccount account = new StaffAccount(login, name, hash, role, clock.instant());
        if (role == StaffRole.HR) {
            account.setMailPreferences(login + "@meldpunt-demo.example", false); // the demo's reports arrive in the mail catcher
        }
        if (role == StaffRole.CONFIDANT) {
            // Deadline reminders go to the local mail catcher; the external confidant wants a daily digest.
            account.setMailPreferences(login + "@meldpunt-demo.example", "kader".equals(login));
        }
        if (account.needsSecondFactor() && !"beheerder.noord".equals(login)) {
            try {
                WrappedKey key = cipher.newCaseKey();
                account.startSecondFactor(key.toBytes(), cipher.sealText(key, DEMO_TOTP_SECRET, "staff:" + login + ":totp"));
                account.confirmSecondFactor(0);
            } catch (IllegalStateException noKey) {
                LOG.warning("Demo account " + login + " gets no second factor yet: " + noKey.getMessage());
            }
        }
        for (Organisation organisation : organisations) {
            account.assignTo(organisation.getId());
        }
        em.persist(account);
        em.flush();
        audit.record(Actor.SYSTEM, AuditAction.STAFF_ACCOUNT_CREATED, null, "staff:" + account.getId());
    }
}
