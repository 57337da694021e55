package nl.meldpunt.batch.job;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.meldpunt.publication.PublicationWork;
import nl.meldpunt.publication.RunPlan;

/** Hands out the run's months, then the publishing; its checkpoint is how many it handed out. */
@Named
@Dependent
public class PublicationReader extends AbstractItemReader {

    @Inject
    private JobContext job;

    @Inject
    private PublicationWork work;

    private final List<Unit> units = new ArrayList<>();
    private int position;

    @Override
    public void open(Serializable checkpoint) {
        RunPlan plan = Stopping.guard(() -> work.begin(Long.parseLong(job.getProperties().getProperty("runId")), job.getExecutionId()));
        job.setTransientUserData(plan);
        plan.months().stream().map(Unit::new).forEach(units::add);
        units.add(Unit.PUBLISH);
        position = checkpoint == null ? 0 : (Integer) checkpoint;
        Stopping.guard(() -> work.progress(plan.runId(), position, units.size()));
    }

    @Override
    public Object readItem() {
        return position < units.size() ? units.get(position++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }

    int total() {
        return units.size();
    }
}
