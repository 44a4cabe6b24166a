package org.pizhu.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pizhu.export.ExportSource;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.Library;
import org.pizhu.library.LoadedDocument;
import org.pizhu.library.Speakers;

/** Reads what an export needs from the library: documents, annotations (re-anchored), speakers, citation data. */
public final class ExportLoader {
    private ExportLoader() {
    }

    /** The documents {@code ids}, in that order ({@link org.pizhu.library.LibraryException} if one is unknown). */
    public static List<ExportSource> load(Library library, List<Long> ids) {
        List<ExportSource> out = new ArrayList<>(ids.size());
        for (long id : ids) {
            LoadedDocument d = library.load(id);
            Speakers speakers = library.speakers(id);
            out.add(new ExportSource(d.info(), d.document(), d.annotations(), speakers, speakers.titles(),
                    Citations.of(library, d.info(), d.document())));
        }
        return out;
    }

    /** Every document in the library that has annotations, oldest first. */
    public static List<ExportSource> loadAll(Library library) {
        List<Long> ids = new ArrayList<>();
        for (DocumentInfo d : library.documents()) {
            if (d.annotations() > 0) {
                ids.add(d.id());
            }
        }
        return load(library, ids);
    }
}
