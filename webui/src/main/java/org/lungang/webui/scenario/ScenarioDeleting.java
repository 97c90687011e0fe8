package org.lungang.webui.scenario;

/** Published just before a scenario is deleted, so that its solve jobs can be stopped first. */
public record ScenarioDeleting(long scenarioId) {
}
