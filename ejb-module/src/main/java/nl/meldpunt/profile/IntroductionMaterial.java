package nl.meldpunt.profile;

import java.io.Serializable;
import java.util.List;

/**
 * What the printed poster and flyer of an organisation show (issue 14, seed 003 §3): its name, colours and logo,
 * the entry address (by its slug) and its confidants with their photos. Nothing about reports.
 */
public record IntroductionMaterial(String name, String slug, String primaryColour, String accentColour, String logoContentType,
                                   byte[] logo, List<Confidant> confidants) implements Serializable {

    public IntroductionMaterial {
        confidants = List.copyOf(confidants);
    }

    /** A confidant as printed: the profile in the chosen language and the photo (null without). */
    public record Confidant(PublicProfile profile, String photoContentType, byte[] photo) implements Serializable {
    }
}
