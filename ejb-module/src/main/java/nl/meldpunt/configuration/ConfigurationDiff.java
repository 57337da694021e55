package nl.meldpunt.configuration;

import java.io.Serializable;
import java.util.List;

/**
 * What an import would change, field by field, before it is confirmed; {@code fingerprint} ties the confirmation to
 * this diff (the file and the organisation as they were when it was shown). {@code notes} are things the import
 * leaves as they are (e.g. a recipient with no HR account here), as message keys with their arguments.
 */
public record ConfigurationDiff(List<Change> changes, List<ConfigurationRefused.Problem> notes, String fingerprint)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public ConfigurationDiff {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    /**
     * One changed field: {@code field} names it (e.g. {@code settings.smallCountThreshold}, {@code questionSet},
     * {@code reportSchedule.REGISTER/QUARTERLY}), with its value before and after. For the question and tip sets,
     * before and after are version numbers and {@code added}, {@code removed} and {@code changed} list the keys of
     * the questions (tips) that differ.
     */
    public record Change(String field, String before, String after, List<String> added, List<String> removed,
                         List<String> changed) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Change {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
        }

        static Change of(String field, String before, String after) {
            return new Change(field, before, after, List.of(), List.of(), List.of());
        }

        /** The keys as the page lists them. */
        public String addedList() {
            return String.join(", ", added);
        }

        public String removedList() {
            return String.join(", ", removed);
        }

        public String changedList() {
            return String.join(", ", changed);
        }

        /** Whether this is a new version of the question or tip set. */
        public boolean isSet() {
            return "questionSet".equals(field) || "tips".equals(field);
        }

        /** As the audit entry shows it, short. */
        String summary() {
            if (isSet()) {
                return field + " " + before + " → " + after + " (+" + added.size() + " −" + removed.size() + " ~" + changed.size() + ")";
            }
            return field + " " + before + " → " + after;
        }
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
