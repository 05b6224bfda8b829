package org.filmfactory.take.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page present only in tests that drives {@link TakePlayer}'s public methods from buttons, as review's panel does:
 * {@code /test-take-player?project=…&shot=…&take=…} plays that take; the fields and buttons call
 * {@link TakePlayer#seekToFrame}, {@link TakePlayer#showNotes}, {@link TakePlayer#beginSketch},
 * {@link TakePlayer#endSketch} and {@link TakePlayer#currentSketch}, and show what the listeners heard.
 */
@Route("test-take-player")
@PermitAll
class TakePlayerTestView extends Div implements BeforeEnterObserver {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TakeGeneration takes;
    private final TakePlayer player = new TakePlayer();
    private final Span sketch = new Span();
    private final Span clicked = new Span();
    private final Span cancelled = new Span("0");

    TakePlayerTestView(TakeGeneration takes) {
        this.takes = takes;
        var frame = new TextField();
        frame.setId("frame");
        var seek = new Button("seek", e -> player.seekToFrame(Long.parseLong(frame.getValue().strip())));
        seek.setId("seek");
        var notes = new TextArea();
        notes.setId("notes");
        notes.setMaxLength(10_000_000);
        var show = new Button("show notes", e -> player.showNotes(
                JSON.readValue(notes.getValue(), new TypeReference<List<FrameNote>>() { })));
        show.setId("show-notes");
        var colour = new TextField();
        colour.setId("colour");
        colour.setValue("0");
        var tools = new Div();
        Arrays.stream(SketchTool.values()).forEach(tool -> {
            var begin = new Button(tool.name(), e -> player.beginSketch(tool, Integer.parseInt(colour.getValue())));
            begin.setId("sketch-" + tool.name().toLowerCase(Locale.ROOT));
            tools.add(begin);
        });
        var end = new Button("end sketch", e -> player.endSketch());
        end.setId("sketch-end");
        var read = new Button("read sketch", e -> player.currentSketch()
                .thenAccept(s -> sketch.setText(s.frame() + " " + s.drawing())));
        read.setId("sketch-read");
        sketch.setId("sketch");
        clicked.setId("note-clicked");
        cancelled.setId("sketch-cancelled");
        player.addNoteListener(clicked::setText);
        player.addSketchCancelListener(() -> cancelled.setText(
                String.valueOf(Integer.parseInt(cancelled.getText()) + 1)));
        add(player, new Div(frame, seek, colour, tools, end, read), new Div(notes, show),
                new Div(sketch), new Div(clicked, cancelled));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        var project = ProjectId.parse(query.getSingleParameter("project").orElseThrow());
        var shot = ShotId.parse(query.getSingleParameter("shot").orElseThrow());
        var take = TakeId.parse(query.getSingleParameter("take").orElseThrow());
        player.show(takes.takes(project, shot).stream().filter(t -> t.id().equals(take)).findFirst().orElseThrow());
    }
}
