package nl.meldpunt.web.trend;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.meldpunt.casefile.ReportQueueService;
import nl.meldpunt.trend.TrendService;
import nl.meldpunt.trend.TrendView;
import nl.meldpunt.web.shared.Language;
import nl.meldpunt.web.shared.Texts;

/** Trend signals of one organisation, and the advice the confidant gives it. */
@Named
@ViewScoped
public class TrendsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrendService trends;

    @Inject
    private ReportQueueService queue;

    @Inject
    private Language language;

    @Inject
    private Texts texts;

    private Long org;
    private boolean byQuarter = true;
    private TrendView view;
    private String advice;

    public TrendView getTrends() {
        if (view == null && org != null) {
            view = trends.trendsFor(org, byQuarter);
        }
        return view;
    }

    public void showQuarters() {
        byQuarter = true;
        view = null;
    }

    public void showMonths() {
        byQuarter = false;
        view = null;
    }

    public void writeAdvice() {
        if (advice == null || advice.isBlank()) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.message("case.message.empty"), null));
            return;
        }
        trends.writeAdvice(org, advice);
        advice = null;
        view = null;
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texts.message("trends.advice.saved"), null));
    }

    public String label(String key) {
        return key == null || key.isEmpty() ? texts.message("trends.unknownDepartment") : queue.label(key, language.getLocale());
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public boolean isByQuarter() {
        return byQuarter;
    }

    public String getAdvice() {
        return advice;
    }

    public void setAdvice(String advice) {
        this.advice = advice;
    }
}
