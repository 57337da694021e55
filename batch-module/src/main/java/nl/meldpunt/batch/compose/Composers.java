package nl.meldpunt.batch.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.batch.output.CsvWriter;
import nl.meldpunt.batch.output.DocxWriter;
import nl.meldpunt.batch.output.PdfWriter;
import nl.meldpunt.batch.output.Publication;
import nl.meldpunt.batch.output.XlsxWriter;
import nl.meldpunt.publication.PublicationKind;
import nl.meldpunt.publication.PublicationWork;
import nl.meldpunt.publication.RegisterLine;
import nl.meldpunt.publication.RunPlan;
import nl.meldpunt.trend.TrendCounting;

/** Renders a run's report in each of its kind's formats. */
@ApplicationScoped
public class Composers {

    @Inject
    private PublicationWork work;

    /** The report from the counts of its months: reports submitted (counted) and cases closed (as lines). */
    public Map<PublicationKind.Format, byte[]> render(RunPlan plan, List<TrendCounting.Count> submitted, List<RegisterLine> closed) {
        Words words = new Words(plan.language());
        Publication publication = switch (plan.kind()) {
            case REGISTER -> RegisterComposer.compose(plan, closed, words);
            case TREND -> TrendComposer.compose(plan, submitted, work.adviceTo(plan.organisationId()), words);
            case ANNUAL -> {
                int year = plan.period().from().getYear();
                PublicationWork.AnnualTexts texts = work.annualTexts(plan.organisationId(), year);
                yield AnnualComposer.compose(plan, submitted, closed, texts.texts(), texts.isFinal(),
                        work.practiceActivities(plan.organisationId(), year), words);
            }
        };
        Map<PublicationKind.Format, byte[]> files = new EnumMap<>(PublicationKind.Format.class);
        for (PublicationKind.Format format : plan.kind().formats()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                switch (format) {
                    case PDF -> PdfWriter.write(publication, out);
                    case XLSX -> XlsxWriter.write(publication, out);
                    case CSV -> CsvWriter.write(csvTable(plan, closed, words), out);
                    case DOCX -> DocxWriter.write(publication, out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.put(format, out.toByteArray());
        }
        return files;
    }

    /** "incidentenregister-meldpunt-demo-2026-K3" and the like: kind, organisation and period, no more. */
    public String fileNameBase(RunPlan plan) {
        return new Words(plan.language()).text("file." + plan.kind()) + "-" + plan.period().label();
    }

    private static nl.meldpunt.batch.output.Table csvTable(RunPlan plan, List<RegisterLine> closed, Words words) {
        int threshold = nl.meldpunt.disclosure.SmallCounts.effectiveThreshold(plan.threshold());
        List<RegisterLine> lines = closed.size() < threshold ? List.of() : RegisterComposer.generalised(closed, threshold);
        return RegisterComposer.lineTable(lines, words);
    }
}
