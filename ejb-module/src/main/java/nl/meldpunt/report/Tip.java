package nl.meldpunt.report;

import java.io.Serializable;

/** One tip for dealing with the situation. */
public record Tip(String key, LocalText title, LocalText text) implements Serializable {
}
