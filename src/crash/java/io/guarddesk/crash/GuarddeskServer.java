package io.guarddesk.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Guarddesk on Payara Micro as a child process, started the way production starts it, killed
 * with SIGKILL ({@link Process#destroyForcibly()} on the JVM's own pid: no shell in between) and
 * started again on the same database. Each incarnation logs to a file of its own.
 */
final class GuarddeskServer {

    private final CrashSettings settings;
    private final Map<String, String> environment;
    private final Path logDir;
    private final Path tmpDir;
    private Process process;
    private int incarnation;
    private Instant startedAt;

    GuarddeskServer(CrashSettings settings, Map<String, String> environment, String name) {
        this.settings = settings;
        this.environment = environment;
        this.logDir = settings.workDir().resolve("logs/" + name);
        // Payara Micro unpacks itself into java.io.tmpdir and removes that only on a clean exit
        this.tmpDir = settings.workDir().resolve("tmp");
    }

    void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        requireFreePort();
        try {
            if (incarnation == 0) {
                // an earlier run's logs would read as this run's
                deleteContents(logDir);
            }
            Files.createDirectories(logDir);
            deleteContents(tmpDir);
            Files.createDirectories(tmpDir);
            incarnation++;
            var command = new ArrayList<String>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of(settings.serverJavaOpts().trim().split("\\s+")));
            command.addAll(List.of("-Djava.io.tmpdir=" + tmpDir,
                    "-jar", "target/payara-micro.jar", "--deploy", "target/ROOT.war", "--contextroot", "/",
                    "--port", Integer.toString(settings.port()), "--nocluster", "--disablephonehome",
                    "--prebootcommandfile", "payara-config/pre-boot-commands.asadmin"));
            var builder = new ProcessBuilder(command).directory(settings.root().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile().toFile());
            // only what this run sets: a GUARDDESK_* variable of the calling shell must not leak in
            builder.environment().keySet().removeIf(k -> k.startsWith("GUARDDESK_"));
            builder.environment().putAll(environment);
            startedAt = Instant.now();
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the application answers its form page and reports ready; answers how long the boot took. */
    Duration awaitReady() throws InterruptedException {
        var http = new Http(settings.port());
        var deadline = startedAt.plus(settings.bootTimeout());
        for (int poll = 0; Instant.now().isBefore(deadline); poll++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + " while booting; see " + logFile());
            }
            if (poll % 8 == 7 && deploymentFailed()) {
                throw new IllegalStateException("the application failed to deploy; see " + logFile());
            }
            if (http.get("", Map.of("Accept", "text/html")) instanceof Http.Answered page && page.status() == 200
                    && http.get("health", Map.of()) instanceof Http.Answered health && health.status() == 200) {
                return Duration.between(startedAt, Instant.now());
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not become ready within " + settings.bootTimeout() + "; see " + logFile());
    }

    /** Payara Micro stays up without the application when its deployment fails: say so instead of waiting. */
    private boolean deploymentFailed() {
        try {
            return Files.readString(logFile()).contains("Exception while loading the app");
        } catch (IOException e) {
            return false;
        }
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("pid " + process.pid() + " survived SIGKILL for 30 s");
        }
    }

    /** A clean shutdown (SIGTERM), falling back to SIGKILL after a minute. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    int incarnation() {
        return incarnation;
    }

    Path logFile() {
        return logDir.resolve(String.format("server-%02d.log", incarnation));
    }

    /** The last lines of the current log, for a report that says why a boot failed. */
    String logTail(int lines) {
        try {
            var all = Files.readAllLines(logFile());
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Payara Micro hangs instead of exiting on a taken port: refuse to start into that. */
    private void requireFreePort() {
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", settings.port()), 300);
            throw new IllegalStateException("port " + settings.port() + " is in use; stop what listens there or pass -Dcrash.port=");
        } catch (IOException free) {
            // nothing answered: the port is ours
        }
    }

    static void deleteContents(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(dir)) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
