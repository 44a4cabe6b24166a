package org.pizhu.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Builds "old" library files from the frozen schema scripts under test resources. */
final class SqlScripts {
    private SqlScripts() {
    }

    static void create(Path file, String resource) throws IOException, SQLException {
        String script;
        try (InputStream in = SqlScripts.class.getResourceAsStream("/library/" + resource)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : script.split(";\n")) {
                String stmt = sql.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
                if (!stmt.isEmpty()) {
                    st.execute(stmt);
                }
            }
        }
    }

    static void exec(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
