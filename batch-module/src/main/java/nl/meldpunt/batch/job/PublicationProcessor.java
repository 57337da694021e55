package nl.meldpunt.batch.job;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.meldpunt.publication.PublicationKind;
import nl.meldpunt.publication.PublicationWork;
import nl.meldpunt.publication.RunPlan;

/** Counts one month (only what the report needs); the publishing item passes through. */
@Named
@Dependent
public class PublicationProcessor implements ItemProcessor {

    @Inject
    private JobContext job;

    @Inject
    private PublicationWork work;

    @Override
    public Object processItem(Object item) {
        Unit unit = (Unit) item;
        if (unit.isPublish()) {
            return unit;
        }
        RunPlan plan = (RunPlan) job.getTransientUserData();
        boolean submitted = plan.kind() != PublicationKind.REGISTER;
        boolean closed = plan.kind() != PublicationKind.TREND && plan.period().contains(unit.month());
        return new MonthCounts(unit.month(),
                submitted ? Stopping.guard(() -> work.submittedCounts(plan.organisationId(), unit.month())) : List.of(),
                closed ? Stopping.guard(() -> work.closedCases(plan.organisationId(), unit.month())) : List.of());
    }
}
