package org.lungang.webui.base;

/** Media types the application serves besides JSON. */
public final class MediaTypes {

    /** An Excel workbook (.xlsx). */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private MediaTypes() {
    }
}
