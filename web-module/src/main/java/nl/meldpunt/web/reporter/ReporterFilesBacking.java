package nl.meldpunt.web.reporter;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import nl.meldpunt.attachment.AttachmentDownload;
import nl.meldpunt.attachment.AttachmentInfo;
import nl.meldpunt.attachment.AttachmentOutcome;
import nl.meldpunt.attachment.AttachmentService;
import nl.meldpunt.web.shared.Texts;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The files section of the reporter's personal page: the own report's files, adding one, downloading one. */
@Named
@ViewScoped
public class ReporterFilesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AttachmentService attachments;

    @Inject
    private Texts texts;

    private List<AttachmentInfo> attachmentList;
    private transient Part upload;

    public List<AttachmentInfo> getAttachments() {
        if (attachmentList == null) {
            attachmentList = attachments.list();
        }
        return attachmentList;
    }

    /** Adds the chosen file; a refusal explains why and changes nothing else. */
    public void addAttachment() {
        if (upload == null || upload.getSize() == 0) {
            texts.error("attachment.refused.empty");
            return;
        }
        byte[] content;
        try (var in = upload.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            texts.error("attachment.refused.empty");
            return;
        }
        AttachmentOutcome outcome = attachments.add(upload.getSubmittedFileName(), content);
        upload = null;
        attachmentList = null;
        if (outcome.accepted()) {
            texts.info(outcome.messageKey());
        } else {
            texts.error(outcome.messageKey());
        }
    }

    /** A file of the own report, sent as a download (never shown inline). */
    public StreamedContent download(long attachmentId) {
        AttachmentDownload file = attachments.download(attachmentId);
        return DefaultStreamedContent.builder()
                .name(file.fileName())
                .contentType(file.contentType())
                .contentLength((long) file.content().length)
                .stream(() -> new ByteArrayInputStream(file.content()))
                .build();
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
