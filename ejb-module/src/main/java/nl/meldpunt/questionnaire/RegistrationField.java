package nl.meldpunt.questionnaire;

/**
 * The structured fields an answer can fill (seed 002 §6, the registration form), kept in the clear
 * so that the register and reports never need the narrative.
 */
public enum RegistrationField {
    CATEGORY,
    SUBCATEGORY,
    RELATION,
    ONGOING,
    NEEDS
}
