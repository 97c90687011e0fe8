package org.lungang.webui.importexport.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Lets the view tests hand the import view a file as its upload would (Karibu cannot send a multipart upload). */
public final class ImportExportViewAccess {

    private ImportExportViewAccess() {
    }

    public static void importFile(String fileName, byte[] bytes) {
        _get(ImportExportView.class).importFile(fileName, bytes);
    }
}
