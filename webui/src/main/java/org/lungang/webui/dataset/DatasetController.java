package org.lungang.webui.dataset;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.lungang.webui.base.InvalidRequestException;
import org.lungang.webui.security.PersonalData;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Datasets: upload a problem file (JSON) or workbook (Excel), list, get, download and delete. */
@RestController
@RequestMapping("/api/datasets")
class DatasetController {

    record DatasetView(long id, String name, int year, String sourceName, int schools, int teachers, int candidates,
            String createdBy, Instant createdAt) {
        static DatasetView of(Dataset d) {
            return new DatasetView(d.getId(), d.getName(), d.getYear(), d.getSourceName(), d.getSchoolCount(),
                    d.getTeacherCount(), d.getCandidateCount(), d.getCreatedBy(), d.getCreatedAt());
        }
    }

    private final DatasetService datasets;
    private final ObjectMapper objectMapper;

    DatasetController(DatasetService datasets, ObjectMapper objectMapper) {
        this.datasets = datasets;
        this.objectMapper = objectMapper;
    }

    /**
     * Upload as a multipart form with a {@code file} part: a problem file ({@code .json}) or a problem workbook
     * ({@code .xlsx}), told apart by the file name. Errors in a workbook are located as {@code 教师!row 5, column C
     * (学科)}.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DatasetView upload(@RequestParam("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.json"
                : file.getOriginalFilename();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return DatasetView.of(datasets.importWorkbook(file.getBytes(), name));
        }
        if (lower.endsWith(".json")) {
            return DatasetView.of(datasets.importJson(file.getBytes(), name));
        }
        throw new InvalidRequestException("file",
                "Import a problem file (.json) or a problem workbook (.xlsx), not \"" + name + "\"");
    }

    /** Upload the problem file as the request body. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DatasetView uploadBody(@RequestBody byte[] content,
            @RequestParam(name = "sourceName", defaultValue = "upload.json") String sourceName) {
        return DatasetView.of(datasets.importJson(content, sourceName));
    }

    @GetMapping
    List<DatasetView> list() {
        return datasets.list().stream().map(DatasetView::of).toList();
    }

    @GetMapping("/{id}")
    DatasetView get(@PathVariable long id) {
        return DatasetView.of(datasets.get(id));
    }

    /** The stored problem file; a viewer gets it without home coordinates and exemptions. */
    @GetMapping(path = "/{id}/problem", produces = MediaType.APPLICATION_JSON_VALUE)
    String problem(@PathVariable long id) {
        return PersonalData.problemJson(datasets.problemJson(id), objectMapper);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        datasets.delete(id);
    }
}
