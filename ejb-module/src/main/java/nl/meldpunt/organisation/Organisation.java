package nl.meldpunt.organisation;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.regex.Pattern;
import nl.meldpunt.shared.PublicPageChanges;

/**
 * A client organisation of the reporting point. Its slug gives the entry URL ({@code /m/{slug}}) that
 * the organisation links from its intranet. Its admin may change it (issue 13); every former slug stays
 * the organisation's own ({@link FormerSlug}) and redirects to the current one, so a published link
 * keeps working.
 */
@Entity
@EntityListeners(PublicPageChanges.class) // the entry page shows it
@Table(name = "organisation")
@NamedQuery(name = "Organisation.bySlug", query = "select o from Organisation o where o.slug = :slug")
public class Organisation {

    /** Cases are kept whole for two years after they ended, unless the organisation chose otherwise. */
    public static final int DEFAULT_RETENTION_MONTHS = 24;

    /**
     * The shortest retention an organisation may choose. A year, because the case is still needed whole
     * for that long: the aftercare check-in comes a year after closing by default (seed 002 §5) and asks
     * the reporter, on the personal page, about retaliation, which needs the login and the conversation;
     * and the confidant writes the annual report over a whole calendar year (seed 003 §5), rereading the
     * cases of that year for its trends and signals. (The register's own fields outlive anonymising.)
     */
    public static final int MIN_RETENTION_MONTHS = 12;

    /** Ten years: longer is no retention period at all. */
    public static final int MAX_RETENTION_MONTHS = 120;

    /** A status update at least every week: more often is noise for the reporter and the confidant. */
    public static final int MIN_STATUS_UPDATE_DAYS = 7;

    /** At most six weeks without news: longer and a reporter feels forgotten (PRODUCT.md §3.5). */
    public static final int MAX_STATUS_UPDATE_DAYS = 42;

    /** The aftercare check-in (seed 002 §5) comes no sooner than three months after closing. */
    public static final int MIN_CHECKIN_MONTHS = 3;

    /**
     * And no later than a year: the case is kept whole for at least {@link #MIN_RETENTION_MONTHS}, so the
     * check-in always finds the reporter's login and conversation still there.
     */
    public static final int MAX_CHECKIN_MONTHS = 12;

    /** Never below 3 ({@code nl.meldpunt.disclosure.SmallCounts} explains why "&lt; 1" and "&lt; 2" give counts away). */
    public static final int MIN_SMALL_COUNT_THRESHOLD = 3;

    /** Higher hides nearly every figure of a small organisation's reports. */
    public static final int MAX_SMALL_COUNT_THRESHOLD = 10;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(name = "primary_colour", nullable = false)
    private String primaryColour;

    @Column(name = "accent_colour", nullable = false)
    private String accentColour;

    @Column(name = "english_enabled", nullable = false)
    private boolean englishEnabled = true;

    /** PRODUCT.md §3.5: the reporter always gets a status update after this many days. */
    @Column(name = "status_update_interval_days", nullable = false)
    private int statusUpdateIntervalDays = 14;

    /** PRODUCT.md §5: counts below this are shown as "< n" in every report. */
    @Column(name = "small_count_threshold", nullable = false)
    private int smallCountThreshold = 5;

    /**
     * How long a case is kept whole after it ended (closed or withdrawn); then it is anonymised
     * ({@code nl.meldpunt.retention}). Never under {@link #MIN_RETENTION_MONTHS}.
     */
    @Column(name = "retention_months", nullable = false)
    private int retentionMonths = DEFAULT_RETENTION_MONTHS;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Seed 002 §5: the aftercare check-in comes this many months after closing. */
    @Column(name = "checkin_after_months", nullable = false)
    private int checkinAfterMonths = 12;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "logo")
    private byte[] logo;

    @Column(name = "logo_content_type")
    private String logoContentType;

    /** SHA-256 of {@link #logo} in hex: its strong ETag and version, known without reading the image. */
    @Column(name = "logo_sha256")
    private String logoSha256;

    /** The departments a case can be registered under, one per line (for the register and trends). */
    @Column(name = "departments")
    private String departments;

    /** Issue 13: only an active organisation takes new reports. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "status", nullable = false)
    private OrganisationStatus status = OrganisationStatus.ACTIVE;

    /** While reporting is closed: where a reporter can go instead (plain text, Dutch). */
    @Column(name = "closed_notice")
    private String closedNotice;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String slug, String name, String primaryColour, String accentColour, Instant createdAt) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("A slug has lower-case letters, digits and hyphens only");
        }
        this.slug = slug;
        this.createdAt = createdAt;
        rename(name);
        recolour(primaryColour, accentColour);
    }

    public final void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.length() > 200) {
            throw new IllegalArgumentException("An organisation needs a name of at most 200 characters");
        }
        this.name = newName.strip();
    }

    public final void recolour(String primary, String accent) {
        if (primary == null || accent == null || !COLOUR.matcher(primary).matches() || !COLOUR.matcher(accent).matches()) {
            throw new IllegalArgumentException("Colours are written as #RRGGBB");
        }
        this.primaryColour = primary.toUpperCase();
        this.accentColour = accent.toUpperCase();
    }

    /** Sets the logo shown on the entry page; only images that a browser shows as an image. */
    public void changeLogo(byte[] image, String contentType) {
        if (image == null) {
            this.logo = null;
            this.logoContentType = null;
            this.logoSha256 = null;
            return;
        }
        if (!java.util.Set.of("image/png", "image/jpeg", "image/svg+xml").contains(contentType) || image.length > 200_000) {
            throw new IllegalArgumentException("A logo is a PNG, JPEG or SVG image of at most 200 kB");
        }
        this.logo = image.clone();
        this.logoContentType = contentType;
        this.logoSha256 = sha256(image);
    }

    /** The SHA-256 of the bytes in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 of the logo (hex), or null without logo; computed for a logo stored before it was kept (V25). */
    public String getLogoSha256() {
        if (logoContentType == null) {
            return null;
        }
        return logoSha256 != null ? logoSha256 : logo == null ? null : sha256(logo);
    }

    /** Words that are no entry address: they name parts of the application or could mislead a reporter. */
    public static final java.util.Set<String> RESERVED_SLUGS = java.util.Set.of("admin", "api", "console", "hr", "platform",
            "staff", "melder", "melden", "m", "logo", "theme", "resources", "login", "logout", "www", "meldpunt",
            "demo-platform", "beheer", "help", "it-probe", "jakarta-faces-resource");

    /** An entry slug: lower-case letters, digits and hyphens, 3 to 40, starting and ending with a letter or digit. */
    public static final Pattern NEW_SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,38}[a-z0-9]");

    /**
     * Gives the organisation a new entry address; the caller keeps the old one as a {@link FormerSlug}.
     * Only a slug of {@link #NEW_SLUG} that is not reserved.
     */
    void changeSlug(String newSlug) {
        if (newSlug == null || !NEW_SLUG.matcher(newSlug).matches() || RESERVED_SLUGS.contains(newSlug)) {
            throw new IllegalArgumentException("Not a usable slug");
        }
        this.slug = newSlug;
    }

    /** Sets the retention period in months; at least {@link #MIN_RETENTION_MONTHS}, at most {@link #MAX_RETENTION_MONTHS}. */
    public void changeRetentionMonths(int months) {
        if (months < MIN_RETENTION_MONTHS || months > MAX_RETENTION_MONTHS) {
            throw new IllegalArgumentException("A retention period is between " + MIN_RETENTION_MONTHS + " and "
                    + MAX_RETENTION_MONTHS + " months");
        }
        this.retentionMonths = months;
    }

    /** Days between status updates to the reporter, {@link #MIN_STATUS_UPDATE_DAYS} to {@link #MAX_STATUS_UPDATE_DAYS}. */
    public void changeStatusUpdateInterval(int days) {
        if (days < MIN_STATUS_UPDATE_DAYS || days > MAX_STATUS_UPDATE_DAYS) {
            throw new IllegalArgumentException("A status update interval is between " + MIN_STATUS_UPDATE_DAYS + " and "
                    + MAX_STATUS_UPDATE_DAYS + " days");
        }
        this.statusUpdateIntervalDays = days;
    }

    /** Months after closing until the aftercare check-in, {@link #MIN_CHECKIN_MONTHS} to {@link #MAX_CHECKIN_MONTHS}. */
    public void changeCheckinAfterMonths(int months) {
        if (months < MIN_CHECKIN_MONTHS || months > MAX_CHECKIN_MONTHS) {
            throw new IllegalArgumentException("The check-in comes between " + MIN_CHECKIN_MONTHS + " and "
                    + MAX_CHECKIN_MONTHS + " months after closing");
        }
        this.checkinAfterMonths = months;
    }

    /** Counts below this are shown as "&lt; n"; {@link #MIN_SMALL_COUNT_THRESHOLD} to {@link #MAX_SMALL_COUNT_THRESHOLD}. */
    public void changeSmallCountThreshold(int threshold) {
        if (threshold < MIN_SMALL_COUNT_THRESHOLD || threshold > MAX_SMALL_COUNT_THRESHOLD) {
            throw new IllegalArgumentException("A small-count threshold is between " + MIN_SMALL_COUNT_THRESHOLD + " and "
                    + MAX_SMALL_COUNT_THRESHOLD);
        }
        this.smallCountThreshold = threshold;
    }

    public void changeDepartments(java.util.List<String> names) {
        this.departments = names.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct()
                .reduce((a, b) -> a + "\n" + b).orElse(null);
    }

    /** The longest "where to go instead" text a closed organisation shows. */
    public static final int MAX_CLOSED_NOTICE = 500;

    /**
     * Closes reporting for now: the entry page and the wizard show {@code notice} (where to go
     * instead); open cases and reporters' logins go on. Only an active organisation is suspended.
     */
    public void suspend(String notice) {
        if (status != OrganisationStatus.ACTIVE) {
            throw new IllegalStateException("Only an active organisation is suspended");
        }
        close(OrganisationStatus.SUSPENDED, notice);
    }

    /** The organisation is no longer a client: closed as when suspended, and left out of the confidant's lists. */
    public void archive(String notice) {
        if (status == OrganisationStatus.ARCHIVED) {
            throw new IllegalStateException("Already archived");
        }
        close(OrganisationStatus.ARCHIVED, notice);
    }

    /** Takes reports again; the closed notice is gone. */
    public void reactivate() {
        if (status == OrganisationStatus.ACTIVE) {
            throw new IllegalStateException("Already active");
        }
        status = OrganisationStatus.ACTIVE;
        closedNotice = null;
    }

    private void close(OrganisationStatus to, String notice) {
        String text = notice == null ? "" : notice.strip();
        if (text.length() > MAX_CLOSED_NOTICE) {
            throw new IllegalArgumentException("A closed notice has at most " + MAX_CLOSED_NOTICE + " characters");
        }
        status = to;
        closedNotice = text.isEmpty() ? null : text;
    }

    /** Whether a new report may be made (on the web or written down by a confidant). */
    public boolean acceptsReports() {
        return status == OrganisationStatus.ACTIVE;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public String getClosedNotice() {
        return closedNotice;
    }

    public java.util.List<String> getDepartments() {
        return departments == null ? java.util.List.of() : java.util.List.of(departments.split("\n"));
    }

    public byte[] getLogo() {
        return logo == null ? null : logo.clone();
    }

    public String getLogoContentType() {
        return logoContentType;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getPrimaryColour() {
        return primaryColour;
    }

    public String getAccentColour() {
        return accentColour;
    }

    public boolean isEnglishEnabled() {
        return englishEnabled;
    }

    public int getStatusUpdateIntervalDays() {
        return statusUpdateIntervalDays;
    }

    public int getSmallCountThreshold() {
        return smallCountThreshold;
    }

    public int getCheckinAfterMonths() {
        return checkinAfterMonths;
    }

    public int getRetentionMonths() {
        return retentionMonths;
    }
}
