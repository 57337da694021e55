package nl.meldpunt.practice;

/** Who attended a session or training: a group, never a person. Stored by name. */
public enum Audience {
    EMPLOYEES,
    MANAGERS,
    BOARD,
    WORKS_COUNCIL,
    HR,
    MIXED
}
