package org.pizhu.ui;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pizhu.library.DocumentInfo;
import org.pizhu.ui.annotations.AnnotationLayerViewModel;
import org.pizhu.ui.annotations.AnnotationToolsView;
import org.pizhu.ui.annotations.AnnotationsPanelView;
import org.pizhu.ui.annotations.AnnotationsPanelViewModel;
import org.pizhu.ui.annotations.HighlightPainter;
import org.pizhu.ui.citation.CitationDialogView;
import org.pizhu.ui.citation.CitationDialogViewModel;
import org.pizhu.ui.export.ExportDialogView;
import org.pizhu.ui.export.ExportDialogViewModel;
import org.pizhu.ui.library.LibraryDocumentLoader;
import org.pizhu.ui.library.LibraryView;
import org.pizhu.ui.library.LibraryViewModel;
import org.pizhu.ui.outline.OutlineView;
import org.pizhu.ui.outline.OutlineViewModel;
import org.pizhu.ui.reader.BlockTextConverter;
import org.pizhu.ui.settings.SettingsStore;
import org.pizhu.ui.speakers.SpeakerSummary;

/**
 * The window with the library: adds the annotation layer, the annotations panel, the library view and export to a
 * {@link MainView}. The library pane sits left of the reader; annotations and speakers share the right side.
 */
public final class Workspace {
    private final MainView main;
    private final AnnotationLayerViewModel layer;
    private final AnnotationsPanelViewModel panelVm;
    private final LibraryViewModel libraryVm;
    private final AnnotationsPanelView panel;
    private final LibraryView library;
    private final AnnotationToolsView tools;
    private final org.pizhu.ui.annotations.MarkMenu marks;
    private final org.pizhu.ui.speakers.SpeakerCorrectionsViewModel speakerCorrections;
    private final org.pizhu.ui.speakers.SpeakerCorrectionsView speakerTools;
    private final org.pizhu.ui.people.PeopleViewModel peopleVm;
    private final org.pizhu.ui.people.PeopleView people;
    private final HighlightPainter painter;
    private final ExportDialogViewModel exportVm;
    private final BackgroundRunner runner;
    private final OutlineView outline;
    private final SettingsStore settings;
    private final Dialogs dialogs;

    /** Adds the library features to {@code main}, loading documents through {@code loader}. */
    public Workspace(MainView main, LibraryDocumentLoader loader, BlockTextConverter converter, BackgroundRunner runner,
                     Dialogs dialogs, SettingsStore settings) {
        this(main, loader, converter, runner, dialogs, settings, Workspace::toClipboard);
    }

    /** As above, with the clipboard as a parameter (tests read what was copied). */
    public Workspace(MainView main, LibraryDocumentLoader loader, BlockTextConverter converter, BackgroundRunner runner,
                     Dialogs dialogs, SettingsStore settings, Consumer<String> clipboard) {
        this.main = main;
        this.runner = runner;
        this.settings = settings;
        MainViewModel vm = main.viewModel();
        Messages m = vm.messages();
        layer = new AnnotationLayerViewModel(loader.library(), loader, vm.reader(), converter, runner);
        panelVm = new AnnotationsPanelViewModel(layer, runner, clipboard, settings);
        libraryVm = new LibraryViewModel(loader, vm, layer, converter, runner, dialogs);
        exportVm = new ExportDialogViewModel(loader.library(), layer, runner, dialogs);
        painter = new HighlightPainter(main.reader().area(), vm.reader(), layer);
        tools = new AnnotationToolsView(main.reader().area(), layer, m);
        panel = new AnnotationsPanelView(panelVm, m);
        marks = new org.pizhu.ui.annotations.MarkMenu(main.reader().area(), layer, panelVm, m);
        tools.setMarks(marks);
        speakerCorrections = new org.pizhu.ui.speakers.SpeakerCorrectionsViewModel(loader.library(),
                layer.currentProperty(), vm.sidebar(), runner, layer::speakersChanged,
                e -> dialogs.showError(m.get("error.title"), e));
        speakerTools = new org.pizhu.ui.speakers.SpeakerCorrectionsView(speakerCorrections, main.sidebar(),
                main.reader().area(), m);
        library = new LibraryView(libraryVm, m);
        library.setOnCitation(this::showCitation);
        this.dialogs = dialogs;
        vm.sidebar().speakers().addListener((javafx.collections.ListChangeListener<SpeakerSummary>) c ->
                layer.setSpeakers(vm.sidebar().speakers()));
        layer.errorProperty().addListener((o, a, e) -> {
            if (!e.isEmpty()) {
                dialogs.showError(m.get("error.title"), e);
            }
        });
        layer.libraryCopyProperty().addListener((o, a, copy) -> {
            if (copy != null) {
                vm.openWith(() -> copy);
            }
        });
        layer.currentProperty().addListener((o, a, d) -> {
            if (d != null) {
                settings.put("lastDocument", Long.toString(d.info().id()));
            }
            libraryVm.refresh();
        });

        BorderPane root = (BorderPane) main.node();
        Node reader = main.reader().node();
        main.setLibraryPane(library.node(), m.get("library.toggle"));
        Tab speakersTab = new Tab(m.get("tab.speakers"), main.sidebar().node());
        speakersTab.setId("tab-speakers");
        Tab annotationsTab = new Tab(m.get("tab.annotations"), panel.node());
        annotationsTab.setId("tab-annotations");
        outline = new OutlineView(new OutlineViewModel(vm.reader()), m);
        Tab outlineTab = new Tab(m.get("tab.outline"), outline.node());
        outlineTab.setId("tab-outline");
        peopleVm = new org.pizhu.ui.people.PeopleViewModel(loader.library(), runner, dialogs,
                st -> libraryVm.openHit(new LibraryViewModel.SearchHit(st.documentId(), st.documentTitle(), st.block(),
                        0, 0, null, 0)));
        people = new org.pizhu.ui.people.PeopleView(peopleVm, m);
        Tab peopleTab = new Tab(m.get("tab.people"), people.node());
        peopleTab.setId("tab-people");
        peopleTab.setOnSelectionChanged(e -> {
            if (peopleTab.isSelected()) {
                peopleVm.refresh();
            }
        });
        TabPane tabs = new TabPane(speakersTab, annotationsTab, outlineTab, peopleTab);
        tabs.setId("sidebar-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        WindowLayoutViewModel layout = vm.layout();
        String chosen = "tab-" + layout.sidebarTabProperty().get();
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> chosen.equals(t.getId())).findFirst()
                .orElse(speakersTab));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> layout.sidebarTabProperty()
                .set((t == null ? speakersTab : t).getId().substring("tab-".length())));
        main.setSidebarPane(tabs);
        main.beforeSpeakers(() -> tabs.getSelectionModel().select(speakersTab));
        library.installDrop(reader);

        Button export = new Button(m.get("export.action"), new FontIcon("mdi2e-export-variant"));
        export.setId("export");
        export.setOnAction(e -> showExport());
        toolbar(root).ifPresent(bar -> {
            int at = bar.getItems().indexOf(bar.getItems().stream().filter(n -> n.getStyleClass().contains("segmented"))
                    .findFirst().orElse(null));
            bar.getItems().add(at < 0 ? bar.getItems().size() : at + 1, new Separator());
            bar.getItems().add(at < 0 ? bar.getItems().size() : at + 2, tools.node());
            bar.getItems().add(at < 0 ? bar.getItems().size() : at + 3, export);
        });
        String sheet = Workspace.class.getResource("annotations.css").toExternalForm();
        root.sceneProperty().addListener((o, a, scene) -> addSheet(scene, sheet));
        addSheet(root.getScene(), sheet);
    }

    /** The annotation colours are looked-up colours on the scene's root, so the sheet goes on the scene. */
    private static void addSheet(Scene scene, String sheet) {
        if (scene != null && !scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(sheet);
        }
    }

    private static java.util.Optional<ToolBar> toolbar(BorderPane root) {
        if (root.getTop() instanceof VBox top) {
            return top.getChildren().stream().filter(n -> n instanceof ToolBar).map(n -> (ToolBar) n).findFirst();
        }
        return java.util.Optional.empty();
    }

    private static void toClipboard(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    /** Opens the last document read, else the most recent in the library; imports the sample into an empty one. */
    public void openInitial() {
        long last = parse(settings.get("lastDocument", ""));
        runner.run(() -> layer.library().documents(), docs -> {
            if (docs.isEmpty()) {
                main.viewModel().openSample();
                return;
            }
            DocumentInfo pick = docs.stream().filter(d -> d.id() == last).findFirst()
                    .orElse(docs.get(docs.size() - 1));
            libraryVm.open(pick);
        }, e -> main.viewModel().openSample());
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Opens the export dialog for the open document. */
    public ExportDialogView showExport() {
        ExportDialogView dialog = new ExportDialogView(exportVm, main.viewModel().messages(),
                main.node().getScene().getWindow());
        dialog.show();
        return dialog;
    }

    /** Opens the citation dialog of document {@code d}; a save refreshes "copy with citation". */
    public CitationDialogView showCitation(DocumentInfo d) {
        Messages m = main.viewModel().messages();
        CitationDialogView dialog = new CitationDialogView(new CitationDialogViewModel(layer.library(), d, runner,
                dialogs, m, panelVm::refreshCitation), m, main.node().getScene().getWindow());
        dialog.show();
        return dialog;
    }

    /** Installs undo and redo shortcuts. */
    public void installShortcuts(Scene scene) {
        tools.installShortcuts(scene);
    }

    /** The annotation layer. */
    public AnnotationLayerViewModel layer() {
        return layer;
    }

    /** The annotations panel. */
    public AnnotationsPanelView panel() {
        return panel;
    }

    /** The annotations panel's model. */
    public AnnotationsPanelViewModel panelModel() {
        return panelVm;
    }

    /** The library view. */
    public LibraryView library() {
        return library;
    }

    /** The library view's model. */
    public LibraryViewModel libraryModel() {
        return libraryVm;
    }

    /** The annotation tools. */
    public AnnotationToolsView tools() {
        return tools;
    }

    /** The context menu and keys of existing marks. */
    public org.pizhu.ui.annotations.MarkMenu marks() {
        return marks;
    }

    /** Correcting the speakers from the sidebar. */
    public org.pizhu.ui.speakers.SpeakerCorrectionsView speakerTools() {
        return speakerTools;
    }

    /** The People view's model. */
    public org.pizhu.ui.people.PeopleViewModel peopleModel() {
        return peopleVm;
    }

    /** The People view. */
    public org.pizhu.ui.people.PeopleView people() {
        return people;
    }

    /** The painter of marks. */
    public HighlightPainter painter() {
        return painter;
    }

    /** The export dialog's model. */
    public ExportDialogViewModel exportModel() {
        return exportVm;
    }

    /** The outline pane. */
    public OutlineView outline() {
        return outline;
    }

    /** The main view. */
    public MainView main() {
        return main;
    }
}
