package nl.meldpunt.practice;

/**
 * What an activity was about: a short fixed list (the kinds of behaviour the reports know, and the policy
 * subjects of seed 003 §2), never free text. Stored by name.
 */
public enum ActivityTopic {
    ROLE_OF_CONFIDANT,
    UNDESIRED_BEHAVIOUR,
    BULLYING,
    SEXUAL_HARASSMENT,
    DISCRIMINATION,
    AGGRESSION,
    INTEGRITY,
    WORK_CLIMATE,
    PSA_POLICY,
    REPORTING_PROCEDURE,
    RISK_INVENTORY,
    OTHER
}
