package nl.meldpunt.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The report_attachment table (V3) on the embedded H2 in PostgreSQL mode: it matches the entity's
 * columns, holds a sealed file of the largest allowed size, and keeps added_by to its two values.
 */
class ReportAttachmentSchemaTest {

    private static final String URL = "jdbc:h2:mem:attachments;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void tableMatchesTheEntityAndHoldsTheLargestFile() throws Exception {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            Set<String> columns = new HashSet<>();
            try (ResultSet rs = c.getMetaData().getColumns(null, null, "report_attachment", null)) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
            for (Field field : ReportAttachment.class.getDeclaredFields()) {
                Column column = field.getAnnotation(Column.class);
                if (column != null || field.isAnnotationPresent(Id.class)) {
                    String name = column == null || column.name().isEmpty() ? field.getName() : column.name();
                    assertTrue(columns.contains(name), "column " + name + " in " + columns);
                }
            }

            long reportId = insertReport(c);
            // Largest file plus the sealing overhead (version byte, IV, tag).
            byte[] sealed = new byte[(int) AttachmentPolicy.MAX_FILE_BYTES + 29];
            sealed[sealed.length - 1] = 7;
            insertAttachment(c, 50, reportId, "REPORTER", sealed);
            try (ResultSet rs = c.createStatement().executeQuery("select sealed_content from report_attachment where id = 50")) {
                assertTrue(rs.next());
                assertArrayEquals(sealed, rs.getBytes(1));
            }
            assertThrows(SQLException.class, () -> insertAttachment(c, 100, reportId, "SOMEONE", new byte[] {1}));
            assertThrows(SQLException.class, () -> insertAttachment(c, 150, reportId + 1000, "REPORTER", new byte[] {1}));
        }
    }

    private static long insertReport(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("""
                    insert into organisation (id, slug, name, primary_colour, accent_colour, created_at)
                    values (1, 'test', 'Test', '#000000', '#ffffff', current_timestamp)""");
            s.executeUpdate("insert into question_set (id, organisation_id, version, content, created_at) values (1, 1, 1, '{}', current_timestamp)");
            s.executeUpdate("insert into tip_set (id, organisation_id, version, content, created_at) values (1, 1, 1, '{}', current_timestamp)");
            s.executeUpdate("""
                    insert into report (id, organisation_id, case_code, password_hash, question_set_id, tip_set_id, status,
                      channel, language, category, sharing_consent, data_key, submitted_at)
                    values (1, 1, 'TEST-CODE', 'x', 1, 1, 'NEW', 'WEB', 'nl', 'other', 'NONE', X'01', current_timestamp)""");
        }
        return 1;
    }

    private static void insertAttachment(Connection c, long id, long reportId, String addedBy, byte[] content) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into report_attachment (id, report_id, sealed_name, content_type, size_bytes, sealed_content, added_by, added_at)
                values (?, ?, ?, 'application/pdf', ?, ?, ?, current_timestamp)""")) {
            p.setLong(1, id);
            p.setLong(2, reportId);
            p.setBytes(3, new byte[] {1, 2, 3});
            p.setLong(4, content.length);
            p.setBytes(5, content);
            p.setString(6, addedBy);
            p.executeUpdate();
        }
    }
}
