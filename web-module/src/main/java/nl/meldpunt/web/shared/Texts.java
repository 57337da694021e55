package nl.meldpunt.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import nl.meldpunt.questionnaire.AnswerOption;
import nl.meldpunt.questionnaire.LocalText;
import nl.meldpunt.questionnaire.Question;
import nl.meldpunt.questionnaire.QuestionSet;

/** Texts of the organisation's question set and tips, and the page messages, in the page language. */
@Named
@RequestScoped
public class Texts {

    @Inject
    private Language language;

    public String of(LocalText text) {
        return text == null ? "" : text.in(language.getLocale());
    }

    /** The label of a chosen option, or the key itself when the option is unknown. */
    public String option(QuestionSet set, String questionKey, String optionKey) {
        if (set == null || optionKey == null) {
            return "";
        }
        return set.question(questionKey)
                .flatMap(q -> find(q, optionKey))
                .map(o -> of(o.label()))
                .orElse(optionKey);
    }

    public String message(String key, Object... params) {
        ResourceBundle bundle = FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "msg");
        String text = bundle.getString(key);
        return params.length == 0 ? text : MessageFormat.format(text, params);
    }

    private static java.util.Optional<AnswerOption> find(Question question, String key) {
        for (AnswerOption option : question.options()) {
            if (option.key().equals(key)) {
                return java.util.Optional.of(option);
            }
            for (AnswerOption child : option.children()) {
                if (child.key().equals(key)) {
                    return java.util.Optional.of(child);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Shows a page message that something was done, in the page language. */
    public void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message(key), null));
    }

    /** Shows a page message that something needs attention, in the page language. */
    public void error(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message(key), null));
    }

    /** Shows a page message with arguments that something was done (issue 13, configuration file). */
    public void infoWith(String key, Object... params) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message(key, params), null));
    }

    /** Shows a page message with arguments that something needs attention (issue 13, configuration file). */
    public void errorWith(String key, Object... params) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message(key, params), null));
    }
}
