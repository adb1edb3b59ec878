package io.guarddesk.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URI;

/** The real WAR as Maven built it: what the tests check is what ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive guarddesk() {
        var war = new File(System.getProperty("guarddesk.war", "target/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /** Payara Micro does not fail on a taken port, it starts without HTTP: say so before it boots. */
    public static void requireFreePort() {
        int port = baseUri().getPort();
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            throw new IllegalStateException("Port " + port + " is in use: stop what listens there (an earlier test server?) "
                    + "or run the tests with -Dit.port=<another port>.");
        } catch (java.io.IOException free) {
            // nothing answered: the port is ours
        }
    }

    /** Where the test server logs (--logtofile); Payara adds a number to the name and rotates beside it. */
    public static java.nio.file.Path serverLog() {
        return java.nio.file.Path.of(System.getProperty("guarddesk.it.log", "target/it-server.log")).toAbsolutePath();
    }

    /** The files of the test server's log, the rotated ones included; none before the first run. */
    public static java.util.List<java.nio.file.Path> serverLogFiles() {
        var log = serverLog();
        try (var files = java.nio.file.Files.list(log.getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith(log.getFileName().toString())).toList();
        } catch (java.nio.file.NoSuchFileException none) {
            // no target folder yet
            return java.util.List.of();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Removes an earlier run's server log, so the log checks read this run's only. */
    public static void removeOldServerLog() {
        try {
            for (var file : serverLogFiles()) {
                java.nio.file.Files.delete(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Always loopback: Payara Micro may announce a non-loopback address of this machine. */
    public static URI baseUri() {
        return URI.create("http://localhost:" + System.getProperty("guarddesk.it.port", "18480") + "/");
    }
}
