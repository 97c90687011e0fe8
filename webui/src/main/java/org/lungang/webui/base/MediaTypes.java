package org.lungang.webui.base;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** Media types the application serves besides JSON, and downloads. */
public final class MediaTypes {

    /** An Excel workbook (.xlsx). */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private MediaTypes() {
    }

    /** A download: what the writer writes, which the browser saves under the file name. */
    public static ResponseEntity<byte[]> attachment(String fileName, Consumer<OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName).build().toString())
                .body(out.toByteArray());
    }
}
