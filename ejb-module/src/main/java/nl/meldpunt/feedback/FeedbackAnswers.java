package nl.meldpunt.feedback;

import java.io.Serializable;

/**
 * The three answers: did the reporter feel heard ({@code heard}), was it clear what the confidant could and could not
 * do ({@code clarity}), would the reporter recommend a colleague to go to the confidant ({@code recommend}).
 */
public record FeedbackAnswers(Heard heard, Clarity clarity, Recommend recommend) implements Serializable {

    public enum Heard { NOT_AT_ALL, A_LITTLE, MOSTLY, COMPLETELY }

    public enum Clarity { NO, PARTLY, YES }

    public enum Recommend { YES, MAYBE, NO }

    public boolean complete() {
        return heard != null && clarity != null && recommend != null;
    }
}
