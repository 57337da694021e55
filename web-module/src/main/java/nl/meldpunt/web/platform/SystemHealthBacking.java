package nl.meldpunt.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.meldpunt.health.SystemHealth;
import nl.meldpunt.health.SystemHealthService;

/** System health at a glance on the platform admin's page (issue 13): measured once per request. */
@Named
@RequestScoped
public class SystemHealthBacking {

    @Inject
    private SystemHealthService service;

    private SystemHealth health;

    public SystemHealth getHealth() {
        if (health == null) {
            health = service.check();
        }
        return health;
    }
}
