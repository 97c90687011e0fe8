package org.lungang.webui.dataset;

/** Published just before a dataset is deleted, so that work on it (solve jobs) can be stopped first. */
public record DatasetDeleting(long datasetId) {
}
