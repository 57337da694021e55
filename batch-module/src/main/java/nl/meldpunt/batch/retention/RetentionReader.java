package nl.meldpunt.batch.retention;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Hands out, organisation by organisation in id order, the ids of their due cases (read in pages,
 * in id order), and after each organisation's last case an {@link OrganisationDone} (none for an
 * organisation with nothing due). Its checkpoint is
 * a {@link ReaderPosition}: a restart reads the next page after the last case of the last committed
 * chunk. Reads ids only, never a field of a case.
 */
@Named
@Dependent
public class RetentionReader extends AbstractItemReader {

    /** Ids per page; the service gives at most 1000. */
    static final int PAGE = 200;

    @Inject
    private RetentionCalls calls;

    @Inject
    private RetentionRuns runs;

    private final Deque<Long> page = new ArrayDeque<>();
    private ReaderPosition position;

    @Override
    public void open(Serializable checkpoint) {
        position = checkpoint == null ? ReaderPosition.START : (ReaderPosition) checkpoint;
    }

    @Override
    public Object readItem() {
        while (true) {
            Long next = page.poll();
            if (next != null) {
                position = new ReaderPosition(position.organisationId(), next, position.due(), false);
                return new DueCase(position.organisationId(), next);
            }
            if (!position.pagesDone()) {
                page.addAll(calls.dueCases(position.organisationId(), position.afterId(), PAGE));
                if (page.isEmpty()) {
                    position = new ReaderPosition(position.organisationId(), position.afterId(), position.due(), true);
                    if (position.due() > 0 || position.afterId() > 0) {
                        return new OrganisationDone(position.organisationId(), position.due());
                    }
                }
                continue;
            }
            Long organisation = runs.nextOrganisation(position.organisationId());
            if (organisation == null) {
                return null;
            }
            position = new ReaderPosition(organisation, 0, calls.countDue(organisation), false);
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
