package nl.meldpunt.contact;

/** What the conversation is about, from a short fixed list: no story is needed to ask for one. */
public enum ContactTopic {
    UNWANTED_BEHAVIOUR,
    INTEGRITY,
    CONFLICT_OR_PRESSURE,
    TEAM_SITUATION,
    OTHER;

    /** The category (and subcategory) of the default question set a case gets when the request becomes one. */
    String caseCategory() {
        return this == INTEGRITY ? "INTEGRITY" : "UNWANTED_BEHAVIOUR";
    }

    String caseSubcategory() {
        return this == INTEGRITY ? "OTHER_WRONGDOING" : "OTHER_UNWANTED";
    }
}
