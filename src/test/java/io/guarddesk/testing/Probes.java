package io.guarddesk.testing;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Many requests at once, as a probing script sends them: asynchronous, at most {@code concurrency}
 * in flight, so thousands take seconds on loopback without queueing more than the server's pool.
 */
public final class Probes {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Probes() {
    }

    /** One request; {@code authorization} is the header's value, or null for an anonymous one. */
    public record Probe(String method, String path, String json, String authorization) {
    }

    /** The answers in the order of {@code probes}; a request that failed has status -1 and the failure as its body. */
    public static List<Api.Answer> send(List<Probe> probes, int concurrency) {
        var permits = new Semaphore(concurrency);
        var pending = new ArrayList<CompletableFuture<Api.Answer>>(probes.size());
        for (var probe : probes) {
            permits.acquireUninterruptibly();
            pending.add(HTTP.sendAsync(request(probe), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .handle((response, failure) -> {
                        permits.release();
                        return failure == null ? new Api.Answer(response.statusCode(), response.body(), response.headers().map())
                                : new Api.Answer(-1, String.valueOf(failure), Map.of());
                    }));
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private static HttpRequest request(Probe probe) {
        var request = HttpRequest.newBuilder(Deployments.baseUri().resolve(probe.path()))
                .timeout(Duration.ofSeconds(30))
                .method(probe.method(), probe.json() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(probe.json(), StandardCharsets.UTF_8))
                .header("Accept", "application/json");
        if (probe.json() != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        if (probe.authorization() != null) {
            request.header("Authorization", probe.authorization());
        }
        return request.build();
    }
}
