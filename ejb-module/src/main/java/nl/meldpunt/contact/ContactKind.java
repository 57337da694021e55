package nl.meldpunt.contact;

/** What the requester asks for: a conversation (any employee), or advice about a situation in the own team (managers, HR). */
public enum ContactKind {
    CONVERSATION,
    ADVICE
}
