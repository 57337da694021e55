package nl.meldpunt.web.feedback;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.meldpunt.feedback.FeedbackAnswers;
import nl.meldpunt.feedback.FeedbackRefused;
import nl.meldpunt.feedback.FeedbackService;
import nl.meldpunt.web.shared.Texts;

/** The survey in the reporter's personal page once the help has ended (issue 14): three choices, then thanks. */
@Named
@ViewScoped
public class FeedbackBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient FeedbackService feedback;

    @Inject
    private transient Texts texts;

    private Boolean asked;
    private boolean thanked;
    private FeedbackAnswers.Heard heard;
    private FeedbackAnswers.Clarity clarity;
    private FeedbackAnswers.Recommend recommend;

    public boolean isAsked() {
        if (asked == null) {
            asked = feedback.isAsked();
        }
        return asked;
    }

    public void send() {
        try {
            feedback.give(new FeedbackAnswers(heard, clarity, recommend));
        } catch (FeedbackRefused refused) {
            texts.error(refused.key());
            if (!"feedback.refused.incomplete".equals(refused.key())) {
                asked = false;
            }
            return;
        }
        asked = false;
        thanked = true;
        texts.info("feedback.thanks");
    }

    public boolean isThanked() {
        return thanked;
    }

    public List<FeedbackAnswers.Heard> getHeardChoices() {
        return List.of(FeedbackAnswers.Heard.values());
    }

    public List<FeedbackAnswers.Clarity> getClarityChoices() {
        return List.of(FeedbackAnswers.Clarity.values());
    }

    public List<FeedbackAnswers.Recommend> getRecommendChoices() {
        return List.of(FeedbackAnswers.Recommend.values());
    }

    public FeedbackAnswers.Heard getHeard() {
        return heard;
    }

    public void setHeard(FeedbackAnswers.Heard heard) {
        this.heard = heard;
    }

    public FeedbackAnswers.Clarity getClarity() {
        return clarity;
    }

    public void setClarity(FeedbackAnswers.Clarity clarity) {
        this.clarity = clarity;
    }

    public FeedbackAnswers.Recommend getRecommend() {
        return recommend;
    }

    public void setRecommend(FeedbackAnswers.Recommend recommend) {
        this.recommend = recommend;
    }
}
