package nl.meldpunt.profile;

import java.io.Serializable;
import java.util.List;

/**
 * What a confidant writes in the own profile: an introduction and availability in Dutch and English (plain text,
 * either may be empty; the other language is shown then), the languages spoken (ISO 639-1 codes) and a phone number.
 */
public record ProfileChange(String introductionNl, String introductionEn, String availabilityNl, String availabilityEn,
                            List<String> languages, String phone) implements Serializable {

    public ProfileChange {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
