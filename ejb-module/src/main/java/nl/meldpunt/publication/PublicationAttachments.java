package nl.meldpunt.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.meldpunt.notification.MailAttachments;

/** A run's files go with its mail when the run's schedule says so; otherwise the mail has a link only. */
@ApplicationScoped
public class PublicationAttachments implements MailAttachments {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Override
    public List<Attachment> forPublicationRun(long runId) {
        PublicationRun run = em.find(PublicationRun.class, runId);
        if (run == null || run.getScheduleId() == null || !em.find(PublicationSchedule.class, run.getScheduleId()).isAttachFiles()) {
            return List.of();
        }
        return em.createQuery("select f from PublicationFile f where f.runId = :run order by f.id", PublicationFile.class)
                .setParameter("run", runId).getResultStream()
                .map(f -> new Attachment(f.getFileName(), f.getContentType(), f.getContent()))
                .toList();
    }
}
