package nl.meldpunt.practice;

/** What the confidant did for the organisation (seed 001, seed 002 §8, seed 003 §6–7). Stored by name. */
public enum ActivityKind {
    /** Informatiebijeenkomst or voorlichting: explaining the confidant's role, the PSA policy, the procedure. */
    INFORMATION_SESSION,
    /** A training or workshop (e.g. for managers: recognising and addressing undesired behaviour). */
    TRAINING,
    /** Advice to the management that the management asked for. */
    ADVICE_SOLICITED,
    /** Advice the confidant gave unasked, e.g. on a signal from the reports (seed 003 §7 "ongevraagd advies"). */
    ADVICE_UNSOLICITED,
    /** An evaluation of or consultation about the policy ("sparren/evalueren van gevoerde beleid"). */
    POLICY_EVALUATION;

    /** Sessions and trainings have an audience and a number of participants; the others have neither. */
    public boolean isGathering() {
        return this == INFORMATION_SESSION || this == TRAINING;
    }

    /** Advice and evaluations have a topic; for sessions and trainings it is optional. */
    public boolean needsTopic() {
        return !isGathering();
    }
}
