package nl.meldpunt.casefile;

import java.io.Serializable;
import java.time.Instant;

/** A message or added information as written, opened for the reporter's page or the case file. */
public record MessageView(MessageKind kind, Instant sentAt, String text) implements Serializable {
}
