package nl.meldpunt.publication;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * One closed case as the register shows it: registration fields only, as option keys and enum names,
 * never text anyone wrote. No id, no case code, no date finer than the month.
 */
public record RegisterLine(YearMonth month, String category, String relation, String track, String channel,
                           String department, List<String> adviceGiven, List<String> referrals, List<String> formalSteps,
                           boolean sanctionConsidered, boolean policeReportConsidered, String outcome,
                           boolean aftercare) implements Serializable {

    public RegisterLine {
        adviceGiven = List.copyOf(adviceGiven);
        referrals = List.copyOf(referrals);
        formalSteps = List.copyOf(formalSteps);
    }
}
