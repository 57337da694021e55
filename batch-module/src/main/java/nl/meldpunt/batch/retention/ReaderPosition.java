package nl.meldpunt.batch.retention;

import java.io.Serializable;

/**
 * The reader's checkpoint: the organisation it is in (0 before the first), the last case id it handed
 * out, the organisation's count of due cases when its part began, and whether its pages are all read.
 */
record ReaderPosition(long organisationId, long afterId, long due, boolean pagesDone) implements Serializable {

    static final ReaderPosition START = new ReaderPosition(0, 0, 0, true);
}
