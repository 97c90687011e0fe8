package org.lungang.webui.dataset;

import org.lungang.data.excel.ProblemWorkbook;
import org.lungang.webui.base.MediaTypes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The problem workbook template: a small example county with drop-downs, to fill in and upload as a dataset. */
@RestController
class TemplateController {

    @GetMapping(path = "/api/template.xlsx", produces = MediaTypes.XLSX)
    ResponseEntity<byte[]> template() {
        return MediaTypes.attachment("lungang-template.xlsx", ProblemWorkbook::writeTemplate);
    }
}
