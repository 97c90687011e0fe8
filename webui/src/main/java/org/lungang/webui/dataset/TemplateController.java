package org.lungang.webui.dataset;

import java.io.ByteArrayOutputStream;

import org.lungang.data.excel.ProblemWorkbook;
import org.lungang.webui.base.MediaTypes;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The problem workbook template: a small example county with drop-downs, to fill in and upload as a dataset. */
@RestController
class TemplateController {

    @GetMapping(path = "/api/template.xlsx", produces = MediaTypes.XLSX)
    ResponseEntity<byte[]> template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemWorkbook.writeTemplate(out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lungang-template.xlsx").build().toString())
                .body(out.toByteArray());
    }
}
