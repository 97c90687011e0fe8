package org.lungang.solver.kpi;

/**
 * @param moversWithPreferences movers who named preferred schools
 * @param honoured those of them sent to one of their preferred schools
 */
public record PreferenceKpis(int moversWithPreferences, int honoured) {
}
