package nl.meldpunt.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrganisationRetentionTest {

    @Test
    void twoYearsByDefaultAtLeastOneYearAtMostTen() {
        Organisation organisation = new Organisation("demo", "Demo", "#112233", "#445566", Instant.EPOCH);
        assertEquals(24, organisation.getRetentionMonths());
        assertThrows(IllegalArgumentException.class, () -> organisation.changeRetentionMonths(11));
        assertThrows(IllegalArgumentException.class, () -> organisation.changeRetentionMonths(121));
        assertEquals(24, organisation.getRetentionMonths(), "a refused value changes nothing");
        organisation.changeRetentionMonths(12);
        assertEquals(12, organisation.getRetentionMonths());
    }
}
