package nl.meldpunt.batch.compose;

import nl.meldpunt.batch.output.Cell;
import nl.meldpunt.disclosure.Figure;

/** Protected figures as table cells and chart values. */
final class Figures {

    private Figures() {
    }

    static Cell cell(Figure figure, int threshold) {
        return figure.isShown() ? Cell.count(figure.value()) : Cell.text(figure.text(threshold));
    }

    static Integer value(Figure figure) {
        return figure.isShown() ? figure.value() : null;
    }
}
