package nl.meldpunt.casefile;

import java.io.Serializable;
import java.util.List;
import nl.meldpunt.casefile.CaseRegistration.Advice;
import nl.meldpunt.casefile.CaseRegistration.FormalStep;
import nl.meldpunt.casefile.CaseRegistration.Outcome;
import nl.meldpunt.casefile.CaseRegistration.Referral;

/** The registration fields as the confidant fills them in. */
public record RegistrationForm(String department, List<Advice> adviceGiven, List<Referral> referrals,
                               List<FormalStep> formalSteps, boolean sanctionConsidered, boolean policeReportConsidered,
                               Outcome outcome) implements Serializable {

    public static final RegistrationForm EMPTY = new RegistrationForm(null, List.of(), List.of(), List.of(), false, false, null);
}
