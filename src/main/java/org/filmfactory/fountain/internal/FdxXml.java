package org.filmfactory.fountain.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.filmfactory.fountain.ScriptFileRefused;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XML from strangers, for {@link FdxReader}: no document type declaration at all (so no entities, internal or
 * external, and no billion-laughs expansion), no external DTDs or schemas, no XInclude, secure processing on; and
 * the few DOM walks the reader needs.
 */
final class FdxXml {

    private FdxXml() {
    }

    /**
     * The document in {@code bytes}, read with every door closed.
     *
     * @throws ScriptFileRefused {@code UNSAFE_FINAL_DRAFT} when it declares a document type,
     *     {@code MALFORMED_FINAL_DRAFT} when it is not well-formed XML
     */
    static Document parse(byte[] bytes) {
        DocumentBuilder builder;
        try {
            // The JDK's own parser, whatever else is on the class path: the features below are its names (an XML
            // library pulled in by a dependency would otherwise be picked and might ignore them).
            var factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            builder = factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
        // Belt and braces: even if a declaration got through, nothing outside the file is ever opened.
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings do not stop reading.
            }
        });
        try {
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            if (declaresDocumentType(bytes)) {
                throw ScriptFileRefused.unsafeFinalDraft();
            }
            throw ScriptFileRefused.malformedFinalDraft(Math.max(1, e.getLineNumber()));
        } catch (SAXException | IOException e) {
            throw ScriptFileRefused.malformedFinalDraft(1);
        }
    }

    /** Whether a {@code <!DOCTYPE} comes before the first element (the only place it is allowed). */
    private static boolean declaresDocumentType(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        String utf16 = bytes.length > 1 && (bytes[0] == 0 || bytes[1] == 0)
                ? text.replace("\0", "") : text;
        int doctype = utf16.indexOf("<!DOCTYPE");
        if (doctype < 0) {
            return false;
        }
        int element = firstElement(utf16);
        return element < 0 || doctype < element;
    }

    private static int firstElement(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '<') {
                char next = text.charAt(i + 1);
                if (next != '?' && next != '!') {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The first child element named {@code name}, or null. */
    static @Nullable Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    /** The child elements named {@code name}, in order. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
