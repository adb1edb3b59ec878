package io.guarddesk.supervision.boundary.web;

import io.guarddesk.platform.web.Faces;
import io.guarddesk.supervision.boundary.SupervisorDashboard;
import io.guarddesk.supervision.control.DailySources;
import io.guarddesk.tickets.entity.SecuritySource;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;

import java.io.Serializable;
import java.util.Arrays;

/** The supervisor dashboard: figures, and the chart of security tickets per day by source (a PrimeFaces chart). */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    static final int DAYS = 14;
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f"};

    @Inject
    SupervisorDashboard dashboard;

    private SupervisorDashboard.Figures figures;
    private String chart;

    public void load() {
        figures = dashboard.figures();
        chart = chartJson(dashboard.perDay(DAYS));
    }

    /** Chart.js configuration, built with JSON-P so labels from the bundles are escaped as JSON. */
    static String chartJson(DailySources daily) {
        var labels = Json.createArrayBuilder();
        daily.days().forEach(d -> labels.add(d.toString().substring(5)));
        var datasets = Json.createArrayBuilder();
        var sources = Arrays.stream(SecuritySource.values()).filter(s -> s != SecuritySource.CLEARED).toList();
        for (int i = 0; i < sources.size(); i++) {
            var data = Json.createArrayBuilder();
            daily.series(sources.get(i)).forEach(data::add);
            datasets.add(Json.createObjectBuilder()
                    .add("label", Faces.text("security.source." + sources.get(i).name()))
                    .add("backgroundColor", COLOURS[i % COLOURS.length])
                    .add("data", data));
        }
        var stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", stacked)
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    public SupervisorDashboard.Figures getFigures() {
        return figures;
    }

    public String getChart() {
        return chart;
    }
}
