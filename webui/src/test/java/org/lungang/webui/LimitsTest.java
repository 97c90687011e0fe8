package org.lungang.webui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lungang.webui.audit.AuditService;
import org.lungang.webui.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/** Inputs past the schema's widths and the body limits are refused in words naming the field or the limit. */
class LimitsTest extends ApiTest {

    @Autowired
    AuditService audit;

    @BeforeEach
    void users() throws Exception {
        ensureUsers();
    }

    @Test
    void aDatasetNamedWith300CharactersIsRefusedNamingTheField() throws Exception {
        String problem = new String(resource("two-schools.json"), StandardCharsets.UTF_8)
                .replace("\"name\": \"Two schools\"", "\"name\": \"" + "N".repeat(300) + "\"");
        mvc.perform(as(PLANNER, post("/api/datasets").contentType(MediaType.APPLICATION_JSON).content(problem)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void aScenarioDescriptionOf3000CharactersIsRefusedNamingTheField() throws Exception {
        long datasetId = upload("two-schools.json");
        mvc.perform(as(PLANNER, post("/api/scenarios").contentType(MediaType.APPLICATION_JSON)
                .content("{\"datasetId\":" + datasetId + ",\"name\":\"Long\",\"description\":\"" + "d".repeat(3000)
                        + "\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"));
    }

    @Test
    void aUsernameOf150CharactersIsRefusedNamingTheField() throws Exception {
        mvc.perform(as(ADMIN, post("/api/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + "u".repeat(150) + "\",\"password\":\"" + PASSWORD
                        + "\",\"role\":\"VIEWER\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
    }

    @Test
    void theAuditTrailKeepsAnEntryLongerThan2000Characters() {
        String detail = "policy " + "x".repeat(5000);
        SystemIdentity.run(() -> audit.record("TEST_LONG_ENTRY", "scenario", 1, detail));

        assertThat(SystemIdentity.call(() -> audit.latest(50)).stream()
                .filter(e -> e.getAction().equals("TEST_LONG_ENTRY")).findFirst().orElseThrow().getDetail())
                .isEqualTo(detail);
    }

    @Test
    void aJsonBodyOverTheLimitIs413AsAProblem() throws Exception {
        long datasetId = upload("two-schools.json");
        String body = "{\"datasetId\":" + datasetId + ",\"name\":\"Big\",\"description\":\"" + "b".repeat(2_000_000)
                + "\"}";
        mvc.perform(as(PLANNER, post("/api/scenarios").contentType(MediaType.APPLICATION_JSON).content(body)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1.0 MB")));
    }

    @Test
    void anUnknownApiRouteIs404AsAProblem() throws Exception {
        mvc.perform(as(VIEWER, get("/api/no-such-thing")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aKnownApiRouteWithTheWrongMethodStays405() throws Exception {
        mvc.perform(as(PLANNER, delete("/api/jobs"))).andExpect(status().isMethodNotAllowed());
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedInAPlannersWords() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "名单.xlsx", "application/octet-stream",
                "this is a text file, not a workbook".getBytes(StandardCharsets.UTF_8));
        String detail = mvc.perform(as(PLANNER, multipart("/api/datasets").file(file)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.file").value("名单.xlsx"))
                .andExpect(jsonPath("$.errors[0].field").value("workbook"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(detail).contains("Excel Workbook (*.xlsx)").doesNotContain("InputStream").doesNotContain("OLE2");
    }

    /**
     * A workbook whose sheet expands far beyond its file size (as a real 23 MB workbook with formatting across a
     * million rows does) trips the Excel library's zip-bomb guard: the planner is told it is too large, and what to
     * do, not the library's message.
     */
    @Test
    void aWorkbookThatExpandsTooFarIsRefusedAsTooLargeInAPlannersWords() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            workbook.createSheet("学校").createRow(0).createCell(0).setCellValue("学校编号");
            workbook.write(bytes);
        }
        java.io.ByteArrayOutputStream inflated = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(inflated)) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                out.write(content);
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    // 40 MB of padding after the sheet: a few dozen kilobytes compressed.
                    byte[] padding = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int k = 0; k < 40; k++) {
                        out.write(padding);
                    }
                }
                out.closeEntry();
            }
        }
        MockMultipartFile file = new MockMultipartFile("file", "全县名单.xlsx", "application/octet-stream",
                inflated.toByteArray());

        String detail = mvc.perform(as(PLANNER, multipart("/api/datasets").file(file)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workbook"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(detail).contains("过大").contains("too large to read").doesNotContain("Zip bomb");
    }
}
