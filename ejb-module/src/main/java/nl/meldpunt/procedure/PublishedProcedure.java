package nl.meldpunt.procedure;

import java.io.Serializable;
import java.time.Instant;

/** One published version of the procedure, as the public page and the read-only view show it: no staff name. */
public record PublishedProcedure(int version, Instant publishedAt, String dutch, String english) implements Serializable {

    /** The text in the language asked for; the Dutch one when there is no English text. */
    public String in(boolean english) {
        return english && !this.english.isEmpty() ? this.english : dutch;
    }

    /** True when English is asked for but only Dutch was written (the page says so, and marks the text as Dutch). */
    public boolean onlyDutch(boolean english) {
        return english && this.english.isEmpty();
    }
}
