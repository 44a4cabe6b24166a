package org.pizhu.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.InputStreamSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The W3C Web Annotation test assertions (w3c/web-annotation-tests, vendored under
 * {@code src/test/resources/w3c-web-annotation-tests}) as JSON Schemas, validated with networknt's draft-04 validator.
 * An assertion file is loaded at {@code https://w3c.test/PATH}; its references ({@code id.json#/…} and the like) name
 * files of the suite's {@code definitions/} folder, as the suite's own harness resolves them.
 */
final class W3cAssertions {
    static final String ROOT = "/w3c-web-annotation-tests/";
    private static final String BASE = "https://w3c.test/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonSchemaFactory factory = JsonSchemaFactory.builder(
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4))
            .schemaLoaders(loaders -> loaders.add(iri -> {
                String s = iri.toString();
                if (!s.startsWith(BASE)) {
                    return null;
                }
                String path = s.substring(BASE.length());
                String resource = W3cAssertions.class.getResource(ROOT + path) != null ? ROOT + path
                        : ROOT + "definitions/" + path.substring(path.lastIndexOf('/') + 1);
                return (InputStreamSource) () -> W3cAssertions.class.getResourceAsStream(resource);
            }))
            .build();
    private final Map<String, JsonSchema> schemas = new HashMap<>();

    /** The assertion files a {@code .test} file of the suite lists (paths relative to the suite's root). */
    static List<String> listed(String testFile) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : read(testFile).path("assertions")) {
            out.add(a.asText());
        }
        return out;
    }

    static JsonNode read(String path) {
        try (InputStream in = W3cAssertions.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalArgumentException("not in the vendored suite: " + path);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The messages of assertion {@code path} on {@code node}: empty when it holds. */
    Set<ValidationMessage> check(String path, JsonNode node) {
        JsonSchema schema = schemas.computeIfAbsent(path, p -> factory.getSchema(SchemaLocation.of(BASE + p)));
        return schema.validate(node);
    }

    /** One line per assertion of {@code paths} that fails on {@code node}, naming the assertion and the reason. */
    List<String> failures(List<String> paths, JsonNode node) {
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            Set<ValidationMessage> m = check(p, node);
            if (!m.isEmpty()) {
                out.add(p + ": " + read(p).path("errorMessage").asText() + " " + m);
            }
        }
        return out;
    }
}
