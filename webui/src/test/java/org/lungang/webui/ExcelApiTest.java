package org.lungang.webui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lungang.data.excel.ProblemWorkbook;
import org.lungang.data.json.ProblemJson;
import org.lungang.webui.base.MediaTypes;
import org.springframework.mock.web.MockMultipartFile;

/** Excel through the API: a problem workbook uploaded as a dataset, the template, and a plan exported as a workbook. */
class ExcelApiTest extends ApiTest {

    @BeforeEach
    void users() throws Exception {
        ensureUsers();
    }

    /** The test problem written as a problem workbook, as a planner would fill it in. */
    private static byte[] workbookOf(String problem) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemWorkbook.write(ProblemJson.read(new ByteArrayInputStream(resource(problem)), problem), out);
        return out.toByteArray();
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, MediaTypes.XLSX, content);
    }

    private int datasetCount() throws Exception {
        return json(as(VIEWER, get("/api/datasets"))).size();
    }

    @Test
    void anUploadedWorkbookBecomesADataset() throws Exception {
        JsonNode dataset = json(as(PLANNER, multipart("/api/datasets").file(file("county.xlsx",
                workbookOf("two-schools.json")))));

        assertThat(dataset.get("name").asText()).isEqualTo("Two schools");
        assertThat(dataset.get("sourceName").asText()).isEqualTo("county.xlsx");
        assertThat(dataset.get("teachers").asInt()).isEqualTo(7);
        assertThat(dataset.get("schools").asInt()).isEqualTo(2);
    }

    @Test
    void aWorkbookWithAnUnknownSubjectIsRefusedNamingTheSheetRowAndColumnAndNothingIsStored() throws Exception {
        byte[] broken;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookOf("two-schools.json")))) {
            Sheet teachers = workbook.getSheet("教师");
            Row header = teachers.getRow(0);
            int subject = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c) != null && header.getCell(c).getStringCellValue().equals("学科")) {
                    subject = c;
                }
            }
            assertThat(subject).isNotNegative();
            teachers.getRow(3).getCell(subject).setCellValue("克林贡语");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            broken = out.toByteArray();
        }
        int before = datasetCount();

        mvc.perform(as(PLANNER, multipart("/api/datasets").file(file("broken.xlsx", broken))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.file").value("broken.xlsx"))
                .andExpect(jsonPath("$.errors[*].field", hasItem(startsWith("教师!row 4, column"))))
                .andExpect(jsonPath("$.errors[0].message", containsString("克林贡语")));
        assertThat(datasetCount()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedAsAnInputError() throws Exception {
        mvc.perform(as(PLANNER, multipart("/api/datasets").file(file("notes.xlsx", "not a workbook".getBytes()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.file").value("notes.xlsx"));
    }

    @Test
    void theTemplateIsAWorkbookThatImportsAsItIs() throws Exception {
        byte[] template = mvc.perform(as(VIEWER, get("/api/template.xlsx")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("lungang-template.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();

        JsonNode dataset = json(as(PLANNER, multipart("/api/datasets").file(file("template.xlsx", template))));

        assertThat(dataset.get("teachers").asInt()).isPositive();
    }

    @Test
    void aPlanIsExportedAsAWorkbookWithTheRotationList() throws Exception {
        long datasetId = upload("two-schools.json");
        long planId = solveToEnd(scenario(datasetId, ""), "{\"timeLimitSeconds\":1}").get("planId").asLong();
        int moves = json(as(VIEWER, get("/api/plans/" + planId))).get("moves").size();
        assertThat(moves).isPositive();

        byte[] exported = mvc.perform(as(VIEWER, get("/api/plans/" + planId + "/export.xlsx")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaTypes.XLSX))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet list = workbook.getSheet("交流轮岗名单");
            assertThat(list).isNotNull();
            assertThat(list.getRow(2).getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(rowsWithAName(list)).isEqualTo(moves);
            assertThat(workbook.getSheet("指标")).isNotNull();
        }
    }

    /** Rows of the rotation list with a teacher (the heading row of each sending school has no staff number). */
    private static int rowsWithAName(Sheet list) {
        int rows = 0;
        for (Row row : list) {
            if (row.getRowNum() > 2 && row.getCell(2) != null && !row.getCell(2).toString().isBlank()) {
                rows++;
            }
        }
        return rows;
    }
}
