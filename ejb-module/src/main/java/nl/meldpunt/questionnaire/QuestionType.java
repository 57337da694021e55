package nl.meldpunt.questionnaire;

/** How a question is answered. Only TEXT and TEXTAREA answers are free text (and sealed). */
public enum QuestionType {
    SINGLE_CHOICE,
    MULTI_CHOICE,
    TEXT,
    TEXTAREA,
    YES_NO_UNKNOWN;

    public boolean isFreeText() {
        return this == TEXT || this == TEXTAREA;
    }

    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTI_CHOICE || this == YES_NO_UNKNOWN;
    }
}
