package nl.meldpunt.web.trend;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.meldpunt.casefile.ReportQueueService;
import nl.meldpunt.disclosure.CountTable;
import nl.meldpunt.disclosure.ProtectedTable;
import nl.meldpunt.trend.TrendService;
import nl.meldpunt.trend.TrendTable;
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
    private List<Grid> grids;

    /** A table as the page prints it: the figures' texts only ("&lt; 5", "×" or the number). */
    public record Grid(String id, String caption, List<String> columns, List<Line> lines, Line totals) implements Serializable {
    }

    /** One line of a {@link Grid}: its label, its figures and its total. */
    public record Line(String label, List<String> figures, String total) implements Serializable {
    }

    public TrendView getTrends() {
        if (view == null && org != null) {
            view = trends.trendsFor(org, byQuarter);
        }
        return view;
    }

    /** The current period's table, then the previous one's. */
    public List<Grid> getGrids() {
        if (grids == null && getTrends() != null) {
            TrendTable table = view.table();
            grids = List.of(grid("current", table.current().label(), table.currentCounts()),
                    grid("previous", table.previous().label(), table.previousCounts()));
        }
        return grids;
    }

    private Grid grid(String id, String caption, ProtectedTable counts) {
        int t = counts.threshold();
        List<String> columns = counts.columns().stream().map(this::label).toList();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < counts.rows().size(); i++) {
            List<String> figures = new ArrayList<>();
            for (int j = 0; j < counts.columns().size(); j++) {
                figures.add(counts.cell(i, j).text(t));
            }
            lines.add(new Line(label(counts.rows().get(i)), figures, counts.rowTotal(i).text(t)));
        }
        List<String> columnTotals = new ArrayList<>();
        for (int j = 0; j < counts.columns().size(); j++) {
            columnTotals.add(counts.columnTotal(j).text(t));
        }
        return new Grid(id, caption, columns, lines, new Line(texts.message("trends.total"), columnTotals, counts.total().text(t)));
    }

    public void showQuarters() {
        byQuarter = true;
        view = null;
        grids = null;
    }

    public void showMonths() {
        byQuarter = false;
        view = null;
        grids = null;
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
        grids = null;
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texts.message("trends.advice.saved"), null));
    }

    /** A category or department in words; null is "all departments" (a rise of the category as a whole). */
    public String label(String key) {
        if (key == null) {
            return texts.message("trends.allDepartments");
        }
        if (CountTable.OTHER.equals(key)) {
            return texts.message("trends.otherDepartment");
        }
        return key.isEmpty() ? texts.message("trends.unknownDepartment") : queue.label(key, language.getLocale());
    }

    /** Whether either period has reports to count. */
    public boolean isCounted() {
        return getTrends() != null && !view.table().isEmpty();
    }

    /** The threshold of the table shown, for the legend. */
    public int getThreshold() {
        return getTrends() == null ? 5 : view.table().threshold();
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
