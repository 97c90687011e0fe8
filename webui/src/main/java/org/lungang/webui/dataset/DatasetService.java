package org.lungang.webui.dataset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;
import org.lungang.data.excel.ProblemWorkbook;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemJson;
import org.lungang.solver.domain.Rotation;
import org.lungang.webui.audit.AuditService;
import org.lungang.webui.base.FieldLimits;
import org.lungang.webui.base.NotFoundException;
import org.lungang.webui.base.access.PlannerChange;
import org.lungang.webui.base.access.ViewerRead;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Datasets: import a problem file (validated in full before anything is stored), list, read and delete them. */
@Service
public class DatasetService {

    private final DatasetRepository repository;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    DatasetService(DatasetRepository repository, AuditService audit, ApplicationEventPublisher events) {
        this.repository = repository;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Imports a problem file in JSON.
     *
     * @throws org.lungang.data.InvalidInputException listing every problem in the file; nothing is stored then
     */
    @PlannerChange
    public Dataset importJson(byte[] content, String sourceName) {
        LoadedProblem problem = ProblemJson.read(new ByteArrayInputStream(content), sourceName);
        return store(problem, sourceName);
    }

    /**
     * Imports a problem workbook (Excel, {@code .xlsx}; see {@link ProblemWorkbook}).
     *
     * @throws org.lungang.data.InvalidInputException listing every problem, each located by sheet, row and column;
     *         nothing is stored then
     */
    @PlannerChange
    public Dataset importWorkbook(byte[] content, String sourceName) {
        LoadedProblem problem;
        try {
            problem = ProblemWorkbook.read(new ByteArrayInputStream(content), sourceName);
        } catch (InvalidInputException e) {
            throw unreadableWorkbook(e, sourceName);
        }
        return store(problem, sourceName);
    }

    /**
     * A workbook the Excel library cannot open is reported in its own words (stream kinds, byte-array limits):
     * told here in a planner's words instead. Errors in the workbook's contents pass unchanged.
     */
    private static RuntimeException unreadableWorkbook(InvalidInputException e, String sourceName) {
        if (e.getErrors().size() != 1 || !e.getErrors().get(0).message().startsWith(UNREADABLE_WORKBOOK)) {
            return e;
        }
        String cause = e.getErrors().get(0).message().toLowerCase(java.util.Locale.ROOT);
        if (cause.contains("maximum length") || cause.contains("zip bomb") || cause.contains("exceed")) {
            return unreadable(sourceName, "工作簿“" + sourceName + "”过大，无法读取。"
                    + " The workbook \"" + sourceName + "\" is too large to read: its sheets expand to more than"
                    + " the importer accepts. Remove unused rows, columns, formatting and pictures, or import the"
                    + " county's schools and teachers as CSV files.");
        }
        return unreadable(sourceName, "“" + sourceName + "”不是可读取的 Excel 工作簿（.xlsx）。"
                + " \"" + sourceName + "\" is not an Excel workbook (.xlsx) that can be read: open it in Excel and"
                + " save it as \"Excel Workbook (*.xlsx)\", without a password, then import it again.");
    }

    private static InvalidInputException unreadable(String sourceName, String message) {
        return new InvalidInputException(List.of(new InputError(sourceName, "workbook", message)));
    }

    /** How {@link ProblemWorkbook} begins the message for a file it cannot open as a workbook. */
    private static final String UNREADABLE_WORKBOOK = "not a readable Excel workbook";

    /** Stores a problem already in memory (e.g. the generated demo county). */
    @PlannerChange
    public Dataset importProblem(LoadedProblem problem, String sourceName) {
        return store(problem, sourceName);
    }

    private Dataset store(LoadedProblem problem, String sourceName) {
        FieldLimits.require("name", problem.name(), 200);
        FieldLimits.require("sourceName", sourceName, 300);
        int candidates = (int) problem.plan().getRotations().stream().filter(Rotation::isCandidate).count();
        Dataset dataset = repository.save(new Dataset(problem.name(), problem.year(), sourceName,
                problem.plan().getSchools().size(), problem.plan().getTeachers().size(), candidates,
                normalisedJson(problem), AuditService.currentUsername()));
        audit.record("DATASET_IMPORTED", "dataset", dataset.getId(), dataset.getSchoolCount() + " schools, "
                + dataset.getTeacherCount() + " teachers, " + candidates + " candidates");
        return dataset;
    }

    /** The problem file as stored: every field written, whatever the uploaded file left to defaults. */
    private static String normalisedJson(LoadedProblem problem) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemJson.write(problem, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ViewerRead
    public List<Dataset> list() {
        return repository.findAllByOrderByIdAsc();
    }

    @ViewerRead
    public Dataset get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Dataset", id));
    }

    @ViewerRead
    public String problemJson(long id) {
        return get(id).getProblemJson();
    }

    @ViewerRead
    public boolean isEmpty() {
        return repository.count() == 0;
    }

    /** Deletes the dataset with its scenarios, plans and jobs; its running solve jobs are stopped first. */
    @PlannerChange
    public void delete(long id) {
        Dataset dataset = get(id);
        events.publishEvent(new DatasetDeleting(id));
        repository.delete(dataset);
        audit.record("DATASET_DELETED", "dataset", id, null);
    }
}
