package org.lungang.webui.importexport.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;
import org.lungang.data.excel.PlanStatus;
import org.lungang.data.excel.PlanWorkbook;
import org.lungang.data.excel.ProblemWorkbook;
import org.lungang.webui.base.MediaTypes;
import org.lungang.webui.base.ui.Tone;
import org.lungang.webui.dataset.Dataset;
import org.lungang.webui.dataset.DatasetService;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.rotation.ui.PlanExport;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.lungang.webui.security.ui.Permissions;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.Workspace.Snapshot;
import org.lungang.webui.workspace.ui.MainLayout;

/**
 * Import a county's workbook (Excel, or the JSON problem file) and read every validation error in a table; download
 * the empty template, the current plan as a workbook, and its latest solved version as the plan file (JSON).
 */
@Route(value = "import-export", layout = MainLayout.class)
@PageTitle("导入 / 导出 · Lungang")
@PermitAll
public class ImportExportView extends VerticalLayout implements BeforeEnterObserver {

    private final DatasetService datasets;
    private final PlanService plans;
    private final Workspace workspace;
    private final Permissions permissions;
    private final ScenarioService scenarios;
    private final Grid<InputError> errors = new Grid<>();
    private final Span result = new Span();
    private final Div next = new Div();
    private final ImportErrorWords words = new ImportErrorWords((key, params) -> getTranslation(key, params));
    private Upload upload;

    public ImportExportView(DatasetService datasets, PlanService plans, Workspace workspace, Permissions permissions,
            ScenarioService scenarios) {
        this.datasets = datasets;
        this.scenarios = scenarios;
        this.plans = plans;
        this.workspace = workspace;
        this.permissions = permissions;
        setWidthFull();
        errors.setId("import-errors");
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        errors.addColumn(InputError::file).setHeader(getTranslation("import.file")).setAutoWidth(true);
        errors.addColumn(e -> words.location(e.location())).setHeader(getTranslation("import.location"))
                .setAutoWidth(true);
        errors.addColumn(e -> words.message(e.message())).setHeader(getTranslation("import.message")).setFlexGrow(3);
        errors.setVisible(false);
        errors.setHeight("24em");
        result.setId("import-result");
        next.setId("import-next");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("import.title")));
        if (permissions.canPlan()) {
            add(new H3(getTranslation("import.upload")), new Paragraph(getTranslation("import.uploadHint")));
            UI ui = UI.getCurrent();
            upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                    ui.access(() -> importFile(metadata.fileName(), bytes))));
            upload.setId("import-upload");
            upload.setI18n(uploadWords());
            upload.setAcceptedFileTypes(".xlsx", ".json");
            upload.setMaxFileSize(50 * 1024 * 1024);
            upload.getElement().setAttribute("aria-label", getTranslation("import.upload"));
            add(upload, result, next, errors);
        } else {
            add(new Paragraph(getTranslation("import.viewerHint")));
        }

        add(new H3(getTranslation("export.title")));
        Anchor template = new Anchor(download("lungang-template.xlsx", MediaTypes.XLSX, ProblemWorkbook::writeTemplate),
                AttachmentType.DOWNLOAD, getTranslation("export.template"));
        template.setId("download-template");
        HorizontalLayout downloads = new HorizontalLayout(template);
        Snapshot snapshot = workspace.snapshot().orElse(null);
        if (snapshot != null) {
            PlanStatus status = PlanExport.status(workspace, snapshot);
            Anchor plan = new Anchor(download("lungang-plan.xlsx", MediaTypes.XLSX,
                    out -> PlanWorkbook.write(snapshot.plan(), snapshot.kpis(), status, out)),
                    AttachmentType.DOWNLOAD, getTranslation("export.plan", snapshot.name()));
            plan.setId("download-plan");
            downloads.add(plan);
            // The plan file is a solved version as recorded; before the first solve there is none.
            snapshot.version().ifPresent(version -> {
                Anchor json = new Anchor(download("lungang-plan-" + version.getId() + ".json", "application/json",
                        out -> plans.exportJson(version.getId(), out)),
                        AttachmentType.DOWNLOAD, getTranslation("export.planJson", snapshot.name()));
                json.setId("download-plan-json");
                downloads.add(json);
            });
        } else {
            downloads.add(new Span(getTranslation("export.noPlan")));
        }
        add(downloads);
    }

    private interface Writer {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    private static DownloadHandler download(String fileName, String contentType, Writer writer) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            writer.write(event.getOutputStream());
        };
    }

    /** The upload widget in the planner's language (Vaadin's own texts are English). */
    private UploadI18N uploadWords() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.dropOne"))
                .setMany(getTranslation("upload.dropMany")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.addOne"))
                .setMany(getTranslation("upload.addMany")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("upload.tooMany"))
                .setFileIsTooBig(getTranslation("upload.tooBig"))
                .setIncorrectFileType(getTranslation("upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("upload.connecting"))
                        .setStalled(getTranslation("upload.stalled")).setProcessing(getTranslation("upload.processing"))
                        .setHeld(getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("upload.remaining")).setUnknown(getTranslation("upload.unknownTime")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("upload.server"))
                        .setUnexpectedServerError(getTranslation("upload.server"))
                        .setForbidden(getTranslation("upload.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        i18n.setFile(new UploadI18N.File().setRetry(getTranslation("upload.retry"))
                .setStart(getTranslation("upload.start")).setRemove(getTranslation("upload.remove")));
        return i18n;
    }

    /**
     * Marks the uploaded file in the widget as failed, with the reason, instead of Vaadin's green tick: the bytes
     * arrived, but the file was not imported.
     */
    private void markUploadFailed(String reason) {
        if (upload != null) {
            upload.getElement().executeJs("const files = this.files || [];"
                    + " files.forEach(f => { f.complete = false; f.error = $0; f.status = ''; });"
                    + " this.files = [...files];", reason);
            upload.getElement().setAttribute("data-import", "failed");
        }
    }

    /** Imports an uploaded file; shows the new dataset, or every problem found in the file. */
    void importFile(String fileName, byte[] bytes) {
        errors.setVisible(false);
        next.removeAll();
        try {
            String lower = fileName.toLowerCase(Locale.ROOT);
            Dataset dataset;
            if (lower.endsWith(".xlsx")) {
                dataset = datasets.importWorkbook(bytes, fileName);
            } else if (lower.endsWith(".json")) {
                dataset = datasets.importJson(bytes, fileName);
            } else {
                show(List.of(new InputError(fileName, "", getTranslation("import.wrongType"))));
                return;
            }
            result.removeAll();
            result.setText("");
            result.add(Tone.GOOD.badge(getTranslation("import.done", dataset.getName(), dataset.getSchoolCount(),
                    dataset.getTeacherCount(), dataset.getCandidateCount())));
            if (upload != null) {
                upload.getElement().setAttribute("data-import", "done");
            }
            nextSteps(dataset);
            Notification.show(getTranslation("import.doneShort"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            // The file's problems, each in a row of its own; any other error ends in PlannerErrors.
            show(e.getErrors());
        }
    }

    /**
     * After an import: the dataset gets a scenario with its own policy, so that it is in the scenario selector at
     * once, and the planner is told what to do next, with a button to start working on it.
     */
    private void nextSteps(Dataset dataset) {
        Scenario baseline = scenarios.list(dataset.getId()).stream().findFirst().orElseGet(() -> scenarios.create(
                new ScenarioSpec(dataset.getId(), getTranslation("import.baselineName"),
                        getTranslation("import.baselineDescription"), null, null)));
        Button open = new Button(getTranslation("import.openPlan"), e -> {
            workspace.choose(baseline.getId());
            getUI().ifPresent(ui -> ui.navigate("plan"));
        });
        open.setId("import-open-plan");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button policy = new Button(getTranslation("import.openScenarios"), e -> {
            workspace.choose(baseline.getId());
            getUI().ifPresent(ui -> ui.navigate("scenarios"));
        });
        policy.setId("import-open-scenarios");
        next.add(new Paragraph(getTranslation("import.next", dataset.getName(), baseline.getName())),
                new HorizontalLayout(open, policy));
    }

    private void show(List<InputError> found) {
        result.removeAll();
        result.setText("");
        result.add(Tone.BAD.badge(getTranslation("import.failed", found.size())));
        markUploadFailed(getTranslation("import.failed", found.size()));
        errors.setItems(found);
        errors.setVisible(true);
    }
}
