package nl.meldpunt.questionnaire;

import java.util.List;

/** The structured answers that fill the registration fields of a report. */
public record Registration(String category, String subcategory, String relation, String ongoing, List<String> needs) {
}
