package nl.meldpunt.annual;

import java.io.Serializable;

/**
 * A section's text as the page sends it to be saved, with the version it was based on (the current version
 * when the page loaded or last saved it; 0 for a section never saved): if someone saved the section in the
 * meantime, the save is refused instead of silently replacing that text.
 */
public record SectionDraft(Section section, String text, int basedOnVersion) implements Serializable {
}
