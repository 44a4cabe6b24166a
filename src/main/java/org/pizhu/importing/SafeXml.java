package org.pizhu.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * A hardened XML parser for the small XML files of an EPUB (container, package): no DOCTYPE at all (so no entity
 * expansion, no billion laughs), no external entities or DTDs, no XInclude, secure processing on.
 */
final class SafeXml {
    private SafeXml() {
    }

    /** Parses {@code bytes}; {@code what} names the part in the error, e.g. {@code "META-INF/container.xml"}. */
    static Document parse(ImportContext ctx, byte[] bytes, String what) throws ImportException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return b.parse(new ByteArrayInputStream(bytes));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        } catch (SAXException e) {
            String m = String.valueOf(e.getMessage());
            String why = m.contains("DOCTYPE") ? "declares a DOCTYPE (refused: entity expansion risk)" : "is not well-formed XML";
            throw ctx.fail("is not a readable EPUB: " + what + " " + why);
        } catch (IOException e) {
            throw ctx.fail("is not a readable EPUB: cannot read " + what);
        }
    }
}
