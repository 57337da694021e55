package nl.meldpunt.publication;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/** An organisation's standing order for a report: which, how often, on which day, for whom. */
@Entity
@Table(name = "publication_schedule")
public class PublicationSchedule {

    @Id
    @SequenceGenerator(name = "publication_seq", sequenceName = "publication_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publication_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PublicationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Frequency frequency;

    @Column(name = "day_of_month", nullable = false)
    private int dayOfMonth;

    @Column(name = "attach_files", nullable = false)
    private boolean attachFiles;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "publication_recipient", joinColumns = @JoinColumn(name = "schedule_id"))
    @Column(name = "staff_id")
    private Set<Long> recipientIds = new HashSet<>();

    @Version
    private long version;

    protected PublicationSchedule() {
    }

    PublicationSchedule(long organisationId, PublicationKind kind, Frequency frequency) {
        this.organisationId = organisationId;
        this.kind = kind;
        this.frequency = frequency;
    }

    /** A schedule ready to persist (the demo organisation's, for example). */
    public static PublicationSchedule of(long organisationId, PublicationKind kind, Frequency frequency, int dayOfMonth,
                                         boolean attachFiles, Set<Long> recipientIds) {
        PublicationSchedule schedule = new PublicationSchedule(organisationId, kind, frequency);
        schedule.change(dayOfMonth, attachFiles, true, recipientIds);
        return schedule;
    }

    /** Changes the schedule (the admin page, a configuration import). */
    public void change(int dayOfMonth, boolean attachFiles, boolean active, Set<Long> recipientIds) {
        if (dayOfMonth < 1 || dayOfMonth > Frequency.LAST_DAY) {
            throw new IllegalArgumentException("Day of month between 1 and " + Frequency.LAST_DAY);
        }
        this.dayOfMonth = dayOfMonth;
        this.attachFiles = attachFiles;
        this.active = active;
        this.recipientIds = new HashSet<>(recipientIds);
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public PublicationKind getKind() {
        return kind;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public int getDayOfMonth() {
        return dayOfMonth;
    }

    public boolean isAttachFiles() {
        return attachFiles;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Long> getRecipientIds() {
        return Set.copyOf(recipientIds);
    }
}
