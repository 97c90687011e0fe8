package org.lungang.webui.province.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;
import org.lungang.data.province.CountyResult;
import org.lungang.data.province.ProvinceProgress;
import org.lungang.data.province.ProvinceSummary;
import org.lungang.webui.base.InvalidRequestException;
import org.lungang.webui.base.ui.BarChart;
import org.lungang.webui.base.ui.Polling;
import org.lungang.webui.base.ui.UiScheduler;
import org.lungang.webui.province.ProvinceService;
import org.lungang.webui.province.ProvinceService.County;
import org.lungang.webui.province.ProvinceService.CountyFile;
import org.lungang.webui.province.ProvinceService.Province;
import org.lungang.webui.province.ProvinceService.Run;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.security.ui.Permissions;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.ui.MainLayout;

/**
 * A province (or a city): many counties solved side by side. The planner chooses the counties (a directory on the
 * server or an uploaded zip), reads every file's validation errors, starts, follows each county's progress, reads
 * the summary and its chart, and opens any solved county as a scenario of its own.
 */
@Route(value = "province", layout = MainLayout.class)
@PageTitle("全省 / 全市 · Lungang")
@PermitAll
public class ProvinceView extends VerticalLayout {

    static final Duration POLL = Duration.ofMillis(700);

    private final ProvinceService provinces;
    private final Workspace workspace;
    private final Polling<Run> polling;

    private final TextField directory = new TextField();
    private final Span source = new Span();
    private final Grid<CountyFile> files = new Grid<>();
    private final Grid<InputError> errors = new Grid<>();
    private final IntegerField seconds = new IntegerField();
    private final Button start = new Button();
    private final Button runEmbedded = new Button();
    private final Span progressText = new Span();
    private final ProgressBar bar = new ProgressBar();
    private final Grid<County> counties = new Grid<>();
    private final Div totals = new Div();
    private final Div chart = new Div();

    private Province province;
    private Run run;

    public ProvinceView(ProvinceService provinces, Workspace workspace, Permissions permissions,
            UiScheduler scheduler) {
        this.provinces = provinces;
        this.workspace = workspace;
        this.polling = new Polling<>(this, scheduler, POLL, () -> run, this::show,
                r -> r.state() != ProvinceService.State.RUNNING,
                () -> progressText.setText(getTranslation("province.pollFailed")));
        setWidthFull();
        add(new H2(getTranslation("province.title")));
        add(new Paragraph(getTranslation(provinces.clustered() ? "province.modeCluster" : "province.modeEmbedded")));
        if (!permissions.canPlan()) {
            add(new Paragraph(getTranslation("province.viewerHint")));
            return;
        }
        add(new H3(getTranslation("province.choose")));
        directory.setLabel(getTranslation("province.directory"));
        directory.setHelperText(getTranslation("province.directoryHelp",
                String.join(", ", provinces.inputRoots().stream().map(Object::toString).toList())));
        directory.setWidth("36em");
        directory.setId("province-directory");
        Button read = new Button(getTranslation("province.read"), VaadinIcon.FOLDER_OPEN.create(),
                e -> choose(() -> provinces.fromDirectory(directory.getValue())));
        read.setId("province-read");
        HorizontalLayout fromServer = new HorizontalLayout(directory, read);
        fromServer.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                ui.access(() -> choose(() -> provinces.fromZip(bytes, metadata.fileName())))));
        upload.setId("province-upload");
        upload.setAcceptedFileTypes(".zip");
        upload.setMaxFileSize(50 * 1024 * 1024);
        upload.getElement().setAttribute("aria-label", getTranslation("province.upload"));
        source.setId("province-source");

        files.setId("province-files");
        files.addThemeVariants(GridVariant.LUMO_COMPACT);
        files.addColumn(CountyFile::file).setHeader(getTranslation("province.file")).setAutoWidth(true);
        files.addColumn(CountyFile::county).setHeader(getTranslation("province.county")).setAutoWidth(true);
        files.addColumn(CountyFile::teachers).setHeader(getTranslation("province.teachers")).setAutoWidth(true);
        files.addColumn(f -> getTranslation(f.valid() ? "province.fileValid" : "province.fileInvalid",
                f.errors().size())).setHeader(getTranslation("province.check")).setAutoWidth(true);
        files.setAllRowsVisible(true);
        files.setVisible(false);
        errors.setId("province-errors");
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        errors.addColumn(InputError::file).setHeader(getTranslation("import.file")).setAutoWidth(true);
        errors.addColumn(InputError::location).setHeader(getTranslation("import.location")).setAutoWidth(true);
        errors.addColumn(InputError::message).setHeader(getTranslation("import.message")).setFlexGrow(3);
        errors.setHeight("14em");
        errors.setVisible(false);

        seconds.setLabel(getTranslation("province.seconds"));
        seconds.setValue(60);
        seconds.setMin(1);
        seconds.setMax((int) Duration.ofMinutes(30).toSeconds());
        seconds.setStepButtonsVisible(true);
        seconds.setWidth("10em");
        seconds.setId("province-seconds");
        start.setText(getTranslation("province.start"));
        start.setIcon(VaadinIcon.PLAY.create());
        start.setId("province-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(e -> start(false));
        runEmbedded.setText(getTranslation("province.runEmbedded"));
        runEmbedded.setId("province-run-embedded");
        runEmbedded.setVisible(false);
        runEmbedded.addClickListener(e -> start(true));
        HorizontalLayout controls = new HorizontalLayout(seconds, start, runEmbedded);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        progressText.setId("province-progress");
        progressText.getElement().setAttribute("aria-live", "polite");
        bar.setWidth("24em");
        bar.setVisible(false);
        counties.setId("province-counties");
        counties.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        counties.addColumn(County::county).setHeader(getTranslation("province.county")).setAutoWidth(true);
        counties.addColumn(County::file).setHeader(getTranslation("province.file")).setAutoWidth(true);
        counties.addColumn(c -> getTranslation("province.state." + c.state().name()))
                .setHeader(getTranslation("province.state")).setAutoWidth(true);
        counties.addColumn(c -> solved(c) ? Integer.toString(c.result().teachers()) : "")
                .setHeader(getTranslation("province.teachers")).setAutoWidth(true);
        counties.addColumn(c -> solved(c) ? Integer.toString(c.result().rotated()) : "")
                .setHeader(getTranslation("province.rotated")).setAutoWidth(true);
        counties.addColumn(c -> solved(c) ? c.result().quotaSchoolsMet() + "/" + c.result().quotaSchools() : "")
                .setHeader(getTranslation("province.quotas")).setAutoWidth(true);
        counties.addColumn(c -> solved(c) ? c.result().postsFilled() + "/" + c.result().openPostsBefore() : "")
                .setHeader(getTranslation("province.posts")).setAutoWidth(true);
        counties.addColumn(c -> !solved(c) ? "" : c.result().gapPercent() == null ? "—"
                : String.format(Locale.ROOT, "%.2f%%", c.result().gapPercent()))
                .setHeader(getTranslation("province.gap")).setAutoWidth(true);
        counties.addColumn(c -> run == null ? "" : String.join("; ", run.errors(c)))
                .setHeader(getTranslation("province.reason")).setFlexGrow(3);
        counties.addComponentColumn(c -> {
            Button open = new Button(getTranslation("province.open"), e -> open(c));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            open.setEnabled(solved(c));
            open.setId("province-open-" + c.jobId());
            return open;
        }).setKey("open").setAutoWidth(true);
        counties.setHeight("24em");
        counties.setVisible(false);
        totals.setId("province-totals");
        chart.setId("province-chart");

        add(fromServer, new Paragraph(getTranslation("province.uploadHint")), upload, source, files, errors, controls,
                progressText, bar, counties, totals, chart);
    }

    private static boolean solved(County county) {
        return county.result() != null && county.result().status() == CountyResult.Status.SOLVED;
    }

    private interface Reader {
        Province read();
    }

    /** Reads a province and shows each file's check; a province that cannot be read shows its located errors. */
    private void choose(Reader reader) {
        errors.setVisible(false);
        try {
            province = reader.read();
        } catch (InvalidInputException e) {
            province = null;
            files.setVisible(false);
            start.setEnabled(false);
            source.setText(getTranslation("province.unreadable"));
            showErrors(e.getErrors());
            return;
        }
        source.setText(getTranslation("province.loaded", province.name(), province.files().size(),
                province.teachers(), province.invalid()));
        files.setItems(province.files());
        files.setVisible(true);
        List<InputError> all = new ArrayList<>();
        province.files().forEach(f -> all.addAll(f.errors()));
        if (!all.isEmpty()) {
            showErrors(all);
        }
        start.setEnabled(province.invalid() < province.files().size());
    }

    private void showErrors(List<InputError> list) {
        errors.setItems(list);
        errors.setVisible(true);
    }

    private void start(boolean embedded) {
        Integer limit = seconds.getValue();
        if (province == null || limit == null || limit < 1) {
            seconds.setInvalid(limit == null || limit < 1);
            return;
        }
        try {
            run = provinces.start(province.id(), Duration.ofSeconds(limit), embedded);
        } catch (InvalidRequestException e) {
            seconds.setInvalid(true);
            seconds.setErrorMessage(e.getMessage());
            return;
        }
        start.setEnabled(false);
        runEmbedded.setVisible(false);
        totals.removeAll();
        chart.removeAll();
        bar.setVisible(true);
        counties.setVisible(true);
        show(run);
        polling.stop();
        polling.start();
    }

    private void show(Run shown) {
        ProvinceProgress.Snapshot s = shown.snapshot();
        bar.setValue(s.total() == 0 ? 1 : (double) s.done() / s.total());
        String eta = s.eta() == null ? getTranslation("province.etaUnknown") : minutes(s.eta());
        progressText.setText(getTranslation("province.progress", s.done(), s.total(), s.running(), s.failed(),
                minutes(s.elapsed()), eta));
        counties.setItems(shown.counties());
        switch (shown.state()) {
            case COMPLETED -> {
                bar.setVisible(false);
                start.setEnabled(true);
                progressText.setText(getTranslation("province.completed", s.done(), s.total(), s.failed(),
                        minutes(s.elapsed())));
                showSummary(shown.summary().orElseThrow());
            }
            case FAILED -> {
                bar.setVisible(false);
                start.setEnabled(true);
                progressText.setText(getTranslation(shown.clusterUnreachable() ? "province.noWorker"
                        : "province.failed", shown.error().orElse("")));
                runEmbedded.setVisible(shown.clusterUnreachable());
            }
            default -> {
            }
        }
    }

    private void showSummary(ProvinceSummary summary) {
        ProvinceSummary.Totals t = summary.totals();
        totals.removeAll();
        totals.add(new H3(getTranslation("province.summary")), new Paragraph(getTranslation("province.totals",
                t.counties(), t.solved(), t.invalid(), t.failed(), t.teachers(), t.eligible(), t.rotated(),
                t.quotasMet(), t.postsFilled(), t.openPostsBefore(), t.feasible())));
        List<BarChart.Group> groups = new ArrayList<>();
        for (ProvinceSummary.Threshold th : summary.thresholds()) {
            if (th.measured() > 0) {
                groups.add(new BarChart.Group(getTranslation("province.group." + th.group().name()) + " "
                        + getTranslation("province.indicator." + th.indicator().name()),
                        List.of((double) th.metBefore(), (double) th.metAfter()), (double) th.measured()));
            }
        }
        chart.removeAll();
        chart.add(new Paragraph(getTranslation("province.chartTitle")), BarChart.of(
                getTranslation("province.chartTitle"),
                List.of(getTranslation("province.before"), getTranslation("province.after")), groups));
    }

    private void open(County county) {
        Scenario scenario;
        try {
            scenario = provinces.openCounty(run.id(), county.jobId());
        } catch (RuntimeException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        workspace.choose(scenario.getId());
        getUI().ifPresent(ui -> ui.navigate("plan"));
    }

    private String minutes(Duration duration) {
        long total = duration.toSeconds();
        return getTranslation("province.duration", total / 60, total % 60);
    }
}
