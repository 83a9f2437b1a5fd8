using System.Net;
using System.Text;
using System.Text.Json;
using DrawGuess.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace DrawGuess.IntegrationTests.BadInput;

/// <summary>
/// Seeded random requests against every REST route (and the web app's fallback): odd Unicode and huge ids,
/// raw %-encodings, bad limits, any method, Accept header and body. No answer is a 5xx, every failure is
/// ProblemDetails with a code, nothing is logged as an error, and the server stays healthy. A failure names
/// its seed: DRAWGUESS_FUZZ_SEED=&lt;seed&gt; replays the run, DRAWGUESS_FUZZ_ITERATIONS makes it longer.
/// </summary>
public sealed class RestFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int DefaultIterations = 500;

    private static readonly string[] Methods = ["GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO"];

    private static readonly string?[] Accepts =
    [
        null, "text/html", "*/*", "image/png", "application/json", "application/problem+json", "application/xml",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/*;q=0", ";;q=abc", "application/json; charset=\u00ff",
    ];

    private static readonly string[] OddIds =
    [
        "ZZZZZZ", "abcdef", "0123456789abcdef0123456789abcdef", "00000000-0000-0000-0000-000000000000", "' OR 1=1 --", "<script>",
        "\u202Eevil", "\u200B", "e\u0301\u0301\u0301", "\uFFFE", "\uFEFF", "🐋🐋", "고양이", "\u0001\u001F\u007F", "..", ".", "\t", " ",
    ];

    /// <remarks>
    /// No %00: Kestrel refuses it in a path before any application code runs (RefusedCallLogTests), and the
    /// test host throws on it, so only the query strings carry one.
    /// </remarks>
    private static readonly string[] RawEncodings =
    [
        "%2F", "%2e%2e", "%2e%2e%2f%2e%2e", "%25", "%", "%G1", "%FF", "%C0%AF", "%ED%A0%80", "%EF%BF%BE", "%F4%90%80%80", "%0D%0A", "%E2%80%AE", "%uFFFF",
    ];

    private static readonly string[] Limits =
    [
        "-1", "0", "1", "20", "100", "101", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1.5", "1e3", "0x10",
        " 5", "5 ", "+5", "٣", "abc", "", "%00", "%FF", "NaN", "null", "[]",
    ];

    private static readonly string[] Routes =
    [
        "/api/rooms", "/api/rooms/{id}", "/api/rooms/{id}/{id}", "/api/players/{id}/stats", "/api/players/{id}", "/api/rankings?limit={limit}",
        "/api/rankings?limit={limit}&limit={limit}", "/api/games/recent?limit={limit}", "/api/games/recent?{id}={limit}", "/api/rankings?limit=%00", "/api/rooms?%00=%00", "/api/status",
        "/api/{id}", "/health", "/health/ready", "/health/{id}", "/metrics", "/metrics/{id}", "/openapi/v1.json", "/openapi/{id}.json",
        "/hubs/{id}", "/", "/room/{id}", "/{id}", "/assets/{id}.js", "/{id}/{id}?{id}={id}",
    ];

    private readonly string _spaRoot = Directory.CreateTempSubdirectory("drawguess-fuzz-spa-").FullName;
    private readonly DrawGuessServer _server = new();
    private WebApplicationFactory<Program> _app = null!;
    private readonly List<string> _knownIds = [];

    public async Task InitializeAsync()
    {
        File.WriteAllText(Path.Combine(_spaRoot, "index.html"), "<!doctype html><title>DrawGuess</title>");
        _app = _server.WithWebHostBuilder(builder => builder.UseSetting("Spa:Root", _spaRoot));
        using var http = _app.CreateClient();
        (await http.GetAsync("/health")).EnsureSuccessStatusCode();
        var socket = await _app.Server.CreateWebSocketClient()
            .ConnectAsync(new UriBuilder(_app.Server.BaseAddress) { Scheme = "ws", Path = "/hubs/game" }.Uri, CancellationToken.None);
        await using var ann = await HubTestClient.StartAsync(socket);
        await ann.RegisterAsync("Ann");
        var room = (await ann.InvokeAsync("CreateRoom", GameTable.Settings(isPublic: true))).GetProperty("room");
        _knownIds.AddRange([room.GetProperty("roomId").GetString()!, room.GetProperty("code").GetString()!, ann.PlayerId]);
    }

    [Fact]
    public async Task Random_requests_never_get_a_5xx_every_failure_is_ProblemDetails_with_a_code_and_the_server_stays_healthy()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("DRAWGUESS_FUZZ_SEED"), out var given) ? given : Random.Shared.Next();
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("DRAWGUESS_FUZZ_ITERATIONS"), out var count) ? count : DefaultIterations;
        var replay = $"replay with DRAWGUESS_FUZZ_SEED={seed} DRAWGUESS_FUZZ_ITERATIONS={iterations}";
        output.WriteLine(replay);
        var random = new Random(seed);
        var failures = new List<string>();
        using var http = _app.CreateClient();

        for (var i = 0; i < iterations && failures.Count < 10; i++)
        {
            using var request = RandomRequest(random);
            var what = $"#{i} {request.Method} {request.RequestUri!.OriginalString} (Accept: {request.Headers.Accept})";
            try
            {
                using var response = await http.SendAsync(request);
                var problem = await ProblemWithAsync(request, response);
                if (problem is not null) failures.Add($"{what}: {problem}");
            }
            catch (Exception exception)
            {
                failures.Add($"{what}: {exception.GetType().Name}: {exception.Message}");
            }
        }

        failures.ShouldBeEmpty(replay);
        (await http.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK, replay);
        (await http.GetAsync("/api/rooms")).StatusCode.ShouldBe(HttpStatusCode.OK, replay);
        _server.Logs.Lines.Where(line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal))
            .ShouldBeEmpty(replay);
    }

    /// <summary>What is wrong with the answer, or null.</summary>
    private static async Task<string?> ProblemWithAsync(HttpRequestMessage request, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500) return $"answered {status}";
        if (status < 400) return null;
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return $"answered {status} as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}";
        if (request.Method == HttpMethod.Head) return null;
        var body = await response.Content.ReadAsStringAsync();
        try
        {
            var problem = JsonDocument.Parse(body).RootElement;
            if (!problem.TryGetProperty("code", out var code) || string.IsNullOrEmpty(code.GetString())) return $"answered {status} without a code: {body}";
            if (!problem.TryGetProperty("status", out var echoed) || echoed.GetInt32() != status) return $"answered {status} with another status in the body: {body}";
        }
        catch (JsonException)
        {
            return $"answered {status} with a body that is not JSON: {body}";
        }
        return null;
    }

    private HttpRequestMessage RandomRequest(Random random)
    {
        var route = Pick(random, Routes);
        var target = new StringBuilder();
        for (var at = 0; at < route.Length; at++)
        {
            if (route.AsSpan(at).StartsWith("{id}")) { target.Append(RandomId(random)); at += 3; }
            else if (route.AsSpan(at).StartsWith("{limit}")) { target.Append(random.Next(4) == 0 ? RandomId(random) : Uri.EscapeDataString(Pick(random, Limits))); at += 6; }
            else target.Append(route[at]);
        }
        var request = new HttpRequestMessage(new HttpMethod(Pick(random, Methods)), target.ToString());
        if (Pick(random, Accepts) is { } accept) request.Headers.TryAddWithoutValidation("Accept", accept);
        request.Content = random.Next(3) switch
        {
            0 => null,
            1 => new StringContent(Pick(random, ["{", "{\"name\":[", "null", "[]", "{\"limit\":-1}", new string('[', 5000), "\uFFFE"]), Encoding.UTF8, "application/json"),
            _ => new ByteArrayContent(RandomBytes(random, random.Next(0, 70_000))),
        };
        return request;
    }

    private string RandomId(Random random) => random.Next(6) switch
    {
        0 => Pick(random, _knownIds),
        1 => Uri.EscapeDataString(Pick(random, OddIds)),
        2 => Pick(random, RawEncodings),
        3 => new string('a', random.Next(60, 4000)),
        // Joined with '~', so a lone '%' never meets the next part's digits and makes a %00.
        4 => string.Join('~', Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(2) == 0 ? Pick(random, RawEncodings) : Uri.EscapeDataString(Pick(random, OddIds)))),
        _ => Uri.EscapeDataString(new string(Enumerable.Range(0, random.Next(1, 70)).Select(_ => (char)random.Next(0x20, 0xD7FF)).ToArray())),
    };

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public Task DisposeAsync()
    {
        _app.Dispose();
        _server.Dispose();
        Directory.Delete(_spaRoot, recursive: true);
        return Task.CompletedTask;
    }
}
