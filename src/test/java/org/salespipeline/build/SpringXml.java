package org.salespipeline.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.salespipeline.demo.OsgiNamespaceHandler;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads the plugin's META-INF/spring XML files as plain XML, for what tests check in them. */
final class SpringXml {

    private static final String BEANS = "http://www.springframework.org/schema/beans";

    private SpringXml() {
    }

    static List<String> referencedInterfaces() {
        return collect(OsgiNamespaceHandler.NAMESPACE, "reference", "interface");
    }

    static List<String> beanClasses() {
        return collect(BEANS, "bean", "class");
    }

    static List<String> beanIds() {
        List<String> ids = new ArrayList<>(collect(BEANS, "bean", "id"));
        ids.addAll(collect(OsgiNamespaceHandler.NAMESPACE, "reference", "id"));
        return ids;
    }

    static List<Document> documents() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:META-INF/spring/*.xml");
            List<Document> documents = new ArrayList<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    documents.add(parse(in));
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(in);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("Unreadable Spring XML: " + e.getMessage(), e);
        }
    }

    private static List<String> collect(String namespace, String element, String attribute) {
        List<String> values = new ArrayList<>();
        for (Document document : documents()) {
            NodeList nodes = document.getElementsByTagNameNS(namespace, element);
            for (int i = 0; i < nodes.getLength(); i++) {
                String value = ((Element) nodes.item(i)).getAttribute(attribute);
                if (!value.isEmpty()) {
                    values.add(value);
                }
            }
        }
        return values;
    }
}
