package io.guarddesk.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of this run's own under {@code target/crash/pg}, on its own port, from the
 * Debian server binaries ({@code apt-get install postgresql}). Run as the {@code postgres} user
 * when we are root, because initdb refuses root. Stopping it with {@code -m immediate} is the
 * database going away without a goodbye, as a crashed or unreachable server does.
 */
final class PrivatePostgres {

    static final String USER = "guarddesk";

    private final Path dir;
    private final Path bin;
    private final int port;

    PrivatePostgres(Path dir, Path bin, int port) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
    }

    static boolean installed(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
    }

    /** A new, empty cluster (any earlier one of this harness is removed first). */
    void initFresh() throws IOException, InterruptedException {
        if (Files.exists(dir.resolve("data/postmaster.pid"))) {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"), true);
        }
        GuarddeskServer.deleteContents(dir);
        Files.createDirectories(dir.resolve("sock"));
        if (isRoot()) {
            exec(List.of("chown", "-R", "postgres:postgres", dir.toString()));
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER, "-A", "trust",
                "-E", "UTF8", "--no-locale"), false);
    }

    void start() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l", dir.resolve("postgres.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + dir.resolve("sock")
                        + " -c max_connections=100", "start"), false);
    }

    /** The database goes away at once: no checkpoint, every connection cut. */
    void stopImmediate() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"), false);
    }

    void stop() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"), true);
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void createDatabase(String name) throws SQLException {
        try (var connection = DriverManager.getConnection(url("postgres"), USER, USER); var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " OWNER " + USER);
        }
    }

    private void run(List<String> command, boolean mayFail) throws IOException, InterruptedException {
        var full = new ArrayList<String>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        int exit = exec(full);
        if (exit != 0 && !mayFail) {
            throw new IllegalStateException(String.join(" ", command) + " failed with " + exit + "; see " + dir.resolve("pg-commands.log"));
        }
    }

    private int exec(List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        var log = dir.resolve("pg-commands.log").toFile();
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
        }
        return process.exitValue();
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
