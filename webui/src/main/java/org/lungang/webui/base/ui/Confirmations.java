package org.lungang.webui.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** How the UI asks before a change: a title, a cancel button and a confirm button that makes the change. */
public final class Confirmations {

    private Confirmations() {
    }

    /**
     * A dialog, not yet open, that runs {@code onConfirm} on confirm only; the caller sets its text (what the change
     * does) and, for a change that deletes or breaks a rule, the red confirm button.
     *
     * @param id the dialog's id, by which the tests find it
     */
    public static ConfirmDialog ask(String id, String header, String cancelText, String confirmText,
            Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(header);
        dialog.setCancelable(true);
        dialog.setCancelText(cancelText);
        dialog.setConfirmText(confirmText);
        dialog.addConfirmListener(e -> onConfirm.run());
        return dialog;
    }
}
