package nl.meldpunt.questionnaire;

import java.io.Serializable;

/**
 * One tip for dealing with the situation. {@code afterDays} is the tip schedule: 0 shows the tip at
 * once, a later tip appears on the personal page that many days after the report (and the reporter,
 * if an address was left, gets a mail that there is a new tip).
 */
public record Tip(String key, LocalText title, LocalText text, int afterDays) implements Serializable {
}
