using System.Net;
using DrawGuess.IntegrationTests.Cluster;
using DrawGuess.IntegrationTests.Support;
using Xunit.Abstractions;

namespace DrawGuess.IntegrationTests.Operations;

/// <summary>The log a real process writes: a call the game refuses is the player's mistake, not an error for operators to page on.</summary>
public sealed class RefusedCallLogTests(ITestOutputHelper output) : RealServersTest(output)
{
    private static readonly TimeSpan LogWait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Calls_refused_by_a_game_rule_write_no_error_line()
    {
        var server = await StartServerAsync("A");
        var ann = await PlayerAsync(server, "Ann");
        for (var i = 0; i < 20; i++)
        {
            var refusal = await ann.InvokeExpectingErrorAsync("DrawStroke", new { strokeId = 1, tool = "pen", color = 3, size = 1, points = new[] { 10, 10, 20, 20 } });
            refusal.Message.ShouldContain("NOT_IN_ROOM");
        }

        // A line logged after the refusals: once it is in the file, so is anything they logged.
        await ann.InvokeAsync("CreateRoom", Settings());
        await WaitForLogLineAsync(server, "created by");

        var errors = File.ReadLines(server.LogPath).Where(line => line.Contains("\"@l\":\"Error\"", StringComparison.Ordinal)).ToArray();
        errors.Length.ShouldBe(0, $"the first: {errors.FirstOrDefault()?[..Math.Min(300, errors[0].Length)]}");
    }

    [Fact]
    public async Task Client_errors_on_the_hub_and_over_REST_are_one_information_line_each_without_a_stack_trace()
    {
        var server = await StartServerAsync("A");
        var ann = await PlayerAsync(server, "Ann");
        (await ann.InvokeExpectingErrorAsync("CreateRoom", Settings(maxPlayers: 1000))).Message.ShouldContain("VALIDATION_FAILED");
        using var http = server.CreateHttpClient();
        (await SendAsync(http, HttpMethod.Get, "/api/rooms/ZZZZZZ", "text/html")).ShouldBe(HttpStatusCode.NotFound);
        (await SendAsync(http, HttpMethod.Get, "/api/players/nobody/stats", "image/png")).ShouldBe(HttpStatusCode.NotFound);
        (await SendAsync(http, HttpMethod.Get, "/api/nowhere", "*/*")).ShouldBe(HttpStatusCode.NotFound);
        (await SendAsync(http, HttpMethod.Delete, "/health", null)).ShouldBe(HttpStatusCode.MethodNotAllowed);
        (await SendAsync(http, HttpMethod.Get, "/api/rankings?limit=abc", "text/html")).ShouldBe(HttpStatusCode.BadRequest);

        await ann.InvokeAsync("CreateRoom", Settings());
        await WaitForLogLineAsync(server, "created by");

        var lines = File.ReadLines(server.LogPath).Where(line => line.StartsWith('{')).ToArray();
        lines.Where(line => line.Contains("\"@l\":\"Error\"", StringComparison.Ordinal) || line.Contains("\"@x\"", StringComparison.Ordinal)).ShouldBeEmpty();
        lines.Count(line => line.Contains("refused for connection", StringComparison.Ordinal) && line.Contains("VALIDATION_FAILED", StringComparison.Ordinal)).ShouldBe(1);
        foreach (var path in new[] { "/api/rooms/ZZZZZZ", "/api/players/nobody/stats", "/api/nowhere", "/api/rankings" })
            lines.Count(line => line.Contains(path, StringComparison.Ordinal)).ShouldBe(1, path);
    }

    /// <summary>
    /// Kestrel refuses a request line it cannot decode (a %00 in the path) before any middleware runs: an empty
    /// 400 and a closed connection, which no application code can turn into ProblemDetails. The server stays healthy.
    /// </summary>
    [Fact]
    public async Task A_null_byte_in_the_path_is_refused_by_Kestrel_with_an_empty_400_and_the_server_stays_healthy()
    {
        var server = await StartServerAsync("A");
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync("127.0.0.1", server.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync("GET /api/rooms/%00 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n\r\n"u8.ToArray());

        var reply = await new StreamReader(stream).ReadToEndAsync().WaitAsync(LogWait);

        reply.ShouldStartWith("HTTP/1.1 400");
        reply.ShouldContain("Connection: close");
        using var http = server.CreateHttpClient();
        (await http.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        File.ReadLines(server.LogPath).Where(line => line.Contains("\"@l\":\"Error\"", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient http, HttpMethod method, string url, string? accept)
    {
        using var request = new HttpRequestMessage(method, url);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await http.SendAsync(request);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", url);
        return response.StatusCode;
    }

    private static async Task WaitForLogLineAsync(ServerProcess server, string text)
    {
        var deadline = DateTime.UtcNow + LogWait;
        while (!File.ReadLines(server.LogPath).Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"'{text}' never reached {server.Name}'s log.");
            await Task.Delay(50);
        }
    }
}
