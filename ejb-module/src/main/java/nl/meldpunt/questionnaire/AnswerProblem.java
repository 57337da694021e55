package nl.meldpunt.questionnaire;

import java.io.Serializable;

/** Why an answer cannot be accepted; the message key is translated by the page. */
public record AnswerProblem(String questionKey, String messageKey) implements Serializable {

    public static final String REQUIRED = "report.problem.required";
    public static final String UNKNOWN_OPTION = "report.problem.unknownOption";
    public static final String TOO_LONG = "report.problem.tooLong";
    public static final String NOT_AN_ADDRESS = "report.problem.notAnAddress";
    /** The question key under which a problem with the e-mail address is reported. */
    public static final String MAIL_ADDRESS = "mailAddress";
}
