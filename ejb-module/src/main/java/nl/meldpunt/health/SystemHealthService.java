package nl.meldpunt.health;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.meldpunt.shared.ApplicationResources;
import nl.meldpunt.shared.DutchTime;
import nl.meldpunt.shared.Roles;

/**
 * Checks the platform's health for the platform admin's page (issue 13): each area on its own, so a
 * failing one shows as "attention" and the others still answer. Plain SQL over the application's
 * datasource, counts and times only; never a report's content.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class SystemHealthService {

    private static final Logger LOG = Logger.getLogger(SystemHealthService.class.getName());

    @Resource(lookup = ApplicationResources.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    /** Every figure, measured now. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SystemHealth check() {
        Instant now = clock.instant();
        OffsetDateTime weekAgo = now.minus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC);
        return new SystemHealth(now, database(), outbox(now, weekAgo), reports(weekAgo), retention(now), disk());
    }

    private SystemHealth.Database database() {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("select 1");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return new SystemHealth.Database(true, Duration.ofNanos(System.nanoTime() - start).toMillis());
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Health check: the database did not answer ({0})", e.getSQLState());
            return new SystemHealth.Database(false, Duration.ofNanos(System.nanoTime() - start).toMillis());
        }
    }

    private SystemHealth.Outbox outbox(Instant now, OffsetDateTime weekAgo) {
        try (Connection c = dataSource.getConnection()) {
            long waiting;
            long failing;
            Long oldest = null;
            try (PreparedStatement st = c.prepareStatement("""
                    select count(*), sum(case when attempts > 0 then 1 else 0 end), min(created_at)
                    from outbox_mail where state = 'WAITING'""");
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                waiting = rs.getLong(1);
                failing = rs.getLong(2);
                OffsetDateTime first = rs.getObject(3, OffsetDateTime.class);
                if (first != null) {
                    oldest = Math.max(0, Duration.between(first.toInstant(), now).toMinutes());
                }
            }
            long givenUp;
            try (PreparedStatement st = c.prepareStatement(
                    "select count(*) from outbox_mail where state = 'GIVEN_UP' and finished_at >= ?")) {
                st.setObject(1, weekAgo);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    givenUp = rs.getLong(1);
                }
            }
            return new SystemHealth.Outbox(true, waiting, failing, oldest, givenUp);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Health check: the outbox could not be read ({0})", e.getSQLState());
            return new SystemHealth.Outbox(false, 0, 0, null, 0);
        }
    }

    private SystemHealth.Reports reports(OffsetDateTime weekAgo) {
        try (Connection c = dataSource.getConnection()) {
            Instant lastDone;
            try (PreparedStatement st = c.prepareStatement("select max(finished_at) from publication_run where status = 'DONE'");
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                OffsetDateTime last = rs.getObject(1, OffsetDateTime.class);
                lastDone = last == null ? null : last.toInstant();
            }
            long failed;
            try (PreparedStatement st = c.prepareStatement("""
                    select count(*) from publication_run where status in ('FAILED', 'GIVEN_UP')
                    and coalesce(finished_at, heartbeat_at, created_at) >= ?""")) {
                st.setObject(1, weekAgo);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    failed = rs.getLong(1);
                }
            }
            return new SystemHealth.Reports(true, lastDone, failed);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Health check: the report runs could not be read ({0})", e.getSQLState());
            return new SystemHealth.Reports(false, null, 0);
        }
    }

    private SystemHealth.Retention retention(Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select run_day, status, ended_at from retention_run order by run_day desc")) {
            st.setMaxRows(1);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return new SystemHealth.Retention(true, null, null, null, false);
                }
                LocalDate day = rs.getObject(1, LocalDate.class);
                OffsetDateTime ended = rs.getObject(3, OffsetDateTime.class);
                LocalDate today = DutchTime.dayOf(now);
                return new SystemHealth.Retention(true, day, rs.getString(2), ended == null ? null : ended.toInstant(),
                        day.isBefore(today.minusDays(SystemHealth.Retention.MAX_AGE_DAYS)));
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Health check: the retention runs could not be read ({0})", e.getSQLState());
            return new SystemHealth.Retention(false, null, null, null, false);
        }
    }

    private SystemHealth.Disk disk() {
        String root = System.getProperty("com.sun.aas.instanceRoot", ".");
        try {
            FileStore store = Files.getFileStore(Path.of(root));
            return new SystemHealth.Disk(true, store.getUsableSpace(), store.getTotalSpace());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Health check: no disk figures for the domain directory ({0})", e.getClass().getSimpleName());
            return new SystemHealth.Disk(false, 0, 0);
        }
    }
}
