package io.infrakit.oneview.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The modules of the build and their dependencies on each other, read from the poms, rendered as the Markdown
 * table that {@code docs/architecture.md} shows between {@link #BEGIN} and {@link #END}.
 *
 * @param modules every module's dependencies on other modules of the build, in the root pom's order
 */
record ModuleGraph(Map<String, Edges> modules) {

    static final String BEGIN = "<!-- module graph: generated from the poms by docs-check's ModuleGraphTest -->";
    static final String END = "<!-- end of the module graph -->";
    private static final Pattern SECTION = Pattern.compile(Pattern.quote(BEGIN) + "\n(.*?)" + Pattern.quote(END),
            Pattern.DOTALL);

    /**
     * @param compile what the module's own code uses (compile and runtime scope)
     * @param test    what only its tests use
     */
    record Edges(TreeSet<String> compile, TreeSet<String> test) {
    }

    static ModuleGraph read(Path root) {
        Element project = parse(root.resolve("pom.xml"));
        String group = text(project, "groupId");
        Map<String, Edges> modules = new LinkedHashMap<>();
        for (Element module : children(child(project, "modules"), "module")) {
            String name = module.getTextContent().strip();
            Element pom = parse(root.resolve(name).resolve("pom.xml"));
            Edges edges = new Edges(new TreeSet<>(), new TreeSet<>());
            Element deps = child(pom, "dependencies");
            for (Element d : deps == null ? List.<Element>of() : children(deps, "dependency")) {
                if (!group.equals(text(d, "groupId"))) {
                    continue;
                }
                String scope = text(d, "scope");
                (scope != null && scope.equals("test") ? edges.test() : edges.compile()).add(text(d, "artifactId"));
            }
            edges.test().removeAll(edges.compile());
            modules.put(name, edges);
        }
        return new ModuleGraph(modules);
    }

    /** @return the modules' layers: 0 for a module that needs none of the others, else 1 + its highest need */
    Map<String, Integer> layers() {
        Map<String, Integer> layers = new HashMap<>();
        modules.keySet().forEach(m -> layer(m, layers, new ArrayList<>()));
        return layers;
    }

    private int layer(String module, Map<String, Integer> layers, List<String> path) {
        Integer known = layers.get(module);
        if (known != null) {
            return known;
        }
        if (path.contains(module)) {
            throw new IllegalStateException("a dependency cycle: " + String.join(" -> ", path) + " -> " + module);
        }
        path.add(module);
        int layer = 0;
        Edges edges = modules.get(module);
        for (String need : edges == null ? List.<String>of() : edges.compile()) {
            layer = Math.max(layer, 1 + layer(need, layers, path));
        }
        path.remove(path.size() - 1);
        layers.put(module, layer);
        return layer;
    }

    /** @return the Markdown table: modules by layer, what each uses, what its tests use besides */
    String table() {
        Map<String, Integer> layers = layers();
        List<String> order = new ArrayList<>(modules.keySet());
        order.sort((a, b) -> layers.get(a).equals(layers.get(b)) ? a.compareTo(b) : layers.get(a) - layers.get(b));
        StringBuilder out = new StringBuilder("| layer | module | depends on | its tests also use |\n|---|---|---|---|\n");
        for (String m : order) {
            Edges e = modules.get(m);
            out.append("| ").append(layers.get(m)).append(" | `").append(m).append("` | ").append(list(e.compile()))
                    .append(" | ").append(list(e.test())).append(" |\n");
        }
        return out.toString();
    }

    /**
     * @param markdown the architecture document
     * @return the generated section it holds, if it has one
     */
    static java.util.Optional<String> section(String markdown) {
        Matcher m = SECTION.matcher(markdown);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /**
     * @param markdown the architecture document
     * @param table    the table to put in its generated section
     * @return the document with the section replaced
     */
    static String replaceSection(String markdown, String table) {
        Matcher m = SECTION.matcher(markdown);
        if (!m.find()) {
            throw new IllegalArgumentException("no generated module graph section (" + BEGIN + " ... " + END + ")");
        }
        return markdown.substring(0, m.start(1)) + table + markdown.substring(m.end(1));
    }

    private static String list(TreeSet<String> modules) {
        return modules.isEmpty() ? "—" : String.join(", ", modules.stream().map(m -> "`" + m + "`").toList());
    }

    private static Element parse(Path pom) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(pom.toFile());
            return doc.getDocumentElement();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
                out.add((Element) nodes.item(i));
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }

    static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
