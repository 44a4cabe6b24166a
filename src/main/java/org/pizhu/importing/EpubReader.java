package org.pizhu.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.pizhu.document.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads an EPUB book: {@code META-INF/container.xml} names the package (OPF), whose spine gives the chapters in
 * reading order; each XHTML chapter is read with jsoup into blocks.
 *
 * <p>Defences: entry names that are absolute or climb out of the archive ({@code ../}) refuse the book; the entry
 * count, the total bytes inflated and each entry's compression ratio are limited, counting the bytes actually read
 * (declared sizes are not trusted); the XML files are parsed with DOCTYPEs refused ({@link SafeXml}). Nothing is
 * written to disk.
 */
final class EpubReader {
    private static final long SMALL_ENTRY = 1 << 20;
    private static final String OPF_NS = "http://www.idpf.org/2007/opf";

    private final ImportContext ctx;
    private long inflated;

    EpubReader(ImportContext ctx) {
        this.ctx = ctx;
    }

    /** Reads the book: its blocks in spine order and its package metadata (title, creators, publisher, date). */
    ImportedText read(long size) throws ImportException, IOException {
        if (size > ctx.limits().maxContainerBytes()) {
            throw Importer.tooLarge(ctx.file, size, ctx.limits().maxContainerBytes());
        }
        ZipFile zip;
        try {
            zip = new ZipFile(ctx.file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw ctx.fail("is not a valid EPUB: the ZIP archive is damaged");
        }
        try (zip) {
            checkNames(zip);
            String opfPath = packagePath(zip);
            org.w3c.dom.Document opf = SafeXml.parse(ctx, entry(zip, opfPath, 4 << 20), opfPath);
            List<String> chapters = spine(opf, parent(opfPath));
            if (chapters.isEmpty()) {
                throw ctx.fail("is not a readable EPUB: its spine lists no chapters");
            }
            StructuredText out = new StructuredText(ctx);
            int missing = 0;
            for (int i = 0; i < chapters.size(); i++) {
                ctx.progress((double) i / chapters.size());
                byte[] xhtml = entry(zip, chapters.get(i), ctx.limits().maxTextBytes());
                org.jsoup.nodes.Document page = Jsoup.parse(new ByteArrayInputStream(xhtml), null, "", HtmlBlocks.parser());
                page.select(HtmlBlocks.NEVER_READ).remove();
                page.select("nav, aside").remove();
                HtmlBlocks blocks = new HtmlBlocks(ctx, out).imagesInText();
                blocks.add(page.body());
                missing += blocks.missingGlyphs();
            }
            if (out.size() == 0) {
                throw ctx.fail("has no text in its chapters");
            }
            List<String> notes = missing == 0 ? List.of() : List.of(missing + " image(s) standing for characters in the "
                    + "text have no alt text: each is shown as " + HtmlBlocks.MISSING_GLYPH);
            SourceMetadata meta = new SourceMetadata(dc(opf, "title"), dcAll(opf, "creator"), dc(opf, "publisher"),
                    dc(opf, "date"), null, notes);
            return new ImportedText(out.build(), SourceFormat.EPUB, null, meta, -1);
        }
    }

    private static String dc(org.w3c.dom.Document opf, String name) {
        List<String> all = dcAll(opf, name);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The texts of the package's {@code dc:NAME} elements, in order. */
    private static List<String> dcAll(org.w3c.dom.Document opf, String name) {
        List<String> out = new ArrayList<>();
        NodeList nodes = opf.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", name);
        for (int i = 0; i < nodes.getLength(); i++) {
            String t = nodes.item(i).getTextContent().strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private void checkNames(ZipFile zip) throws ImportException {
        if (zip.size() > ctx.limits().maxZipEntries()) {
            throw ctx.fail("is not a readable EPUB: it has " + zip.size() + " entries; the limit is " + ctx.limits().maxZipEntries());
        }
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (!isSafe(name)) {
                throw ctx.fail("is refused: it contains an unsafe path " + abbreviate(name) + " (outside the book)");
            }
        }
    }

    static boolean isSafe(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.length() > 1 && n.charAt(1) == ':' || n.indexOf('\0') >= 0) {
            return false;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private String packagePath(ZipFile zip) throws ImportException, IOException {
        String path = "META-INF/container.xml";
        org.w3c.dom.Document container = SafeXml.parse(ctx, entry(zip, path, 1 << 20), path);
        NodeList roots = container.getElementsByTagNameNS("*", "rootfile");
        for (int i = 0; i < roots.getLength(); i++) {
            Element root = (Element) roots.item(i);
            String fullPath = root.getAttribute("full-path");
            String type = root.getAttribute("media-type");
            if (!fullPath.isBlank() && (type.isBlank() || type.equals("application/oebps-package+xml"))) {
                return resolve("", fullPath);
            }
        }
        throw ctx.fail("is not a readable EPUB: container.xml names no package file");
    }

    private List<String> spine(org.w3c.dom.Document opf, String base) throws ImportException {
        Map<String, String> hrefs = new HashMap<>();
        NodeList items = opf.getElementsByTagNameNS("*", "item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            String type = item.getAttribute("media-type");
            boolean navDoc = (" " + item.getAttribute("properties") + " ").contains(" nav ");
            if (!navDoc && (type.equals("application/xhtml+xml") || type.equals("text/html") || type.isEmpty())) {
                hrefs.put(item.getAttribute("id"), item.getAttribute("href"));
            }
        }
        List<String> out = new ArrayList<>();
        NodeList refs = opf.getElementsByTagNameNS("*", "itemref");
        for (int i = 0; i < refs.getLength(); i++) {
            String href = hrefs.get(((Element) refs.item(i)).getAttribute("idref"));
            if (href != null && !href.isBlank()) {
                out.add(resolve(base, href));
            }
        }
        return out;
    }

    /** Resolves a relative href against a folder inside the archive, refusing paths that leave it. */
    private String resolve(String base, String href) throws ImportException {
        String h = href;
        int hash = h.indexOf('#');
        if (hash >= 0) {
            h = h.substring(0, hash);
        }
        try {
            h = URLDecoder.decode(h.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ctx.fail("is not a readable EPUB: bad link " + abbreviate(href));
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String p : (h.startsWith("/") ? h.substring(1) : base + h).split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    throw ctx.fail("is refused: it links outside the book (" + abbreviate(href) + ")");
                }
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** Reads one entry, counting inflated bytes against the per-entry, total and ratio limits. */
    private byte[] entry(ZipFile zip, String name, long maxBytes) throws ImportException, IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null || e.isDirectory()) {
            throw ctx.fail("is not a readable EPUB: " + abbreviate(name) + " is missing");
        }
        long budget = Math.min(maxBytes, ctx.limits().maxUnzippedBytes() - inflated);
        long compressed = Math.max(1, e.getCompressedSize());
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(e.getSize(), 1024), 1 << 20));
        byte[] buf = new byte[16384];
        long total = 0;
        try (InputStream in = zip.getInputStream(e)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > budget) {
                    throw ctx.fail("is refused: " + abbreviate(name) + " unpacks to more than " + (budget >> 20) + " MB (zip bomb?)");
                }
                if (total > SMALL_ENTRY && total > compressed * ctx.limits().maxCompressionRatio()) {
                    throw ctx.fail("is refused: " + abbreviate(name) + " is compressed more than "
                            + ctx.limits().maxCompressionRatio() + " to 1 (zip bomb?)");
                }
                out.write(buf, 0, n);
            }
        } catch (ZipException ex) {
            throw ctx.fail("is not a valid EPUB: " + abbreviate(name) + " is damaged");
        }
        inflated += total;
        return out.toByteArray();
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
