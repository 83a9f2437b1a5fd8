using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.BadInput;

/// <summary>The REST surface for integrators: bad queries get RFC 7807 ProblemDetails with a stable code; reads create nothing and leak no secret.</summary>
public sealed class RestBadInputTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly DrawGuessServer _server = shared.Server;

    private const string UnknownGuid = "0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData("/api/rankings?limit=0")]
    [InlineData("/api/rankings?limit=101")]
    [InlineData("/api/rankings?limit=abc")]
    [InlineData("/api/rankings?limit=-1")]
    [InlineData("/api/rankings?limit=1.5")]
    [InlineData("/api/rankings?limit=99999999999")]
    [InlineData("/api/rankings?limit=")]
    [InlineData("/api/games/recent?limit=0")]
    [InlineData("/api/games/recent?limit=101")]
    [InlineData("/api/games/recent?limit=abc")]
    [InlineData("/api/games/recent?limit=-1")]
    public async Task A_limit_outside_1_to_100_is_a_400_ProblemDetails_with_code_VALIDATION_FAILED(string url)
    {
        using var http = _server.CreateClient();

        using var response = await http.GetAsync(url);

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        problem.GetProperty("detail").GetString()!.ShouldContain("limit");
    }

    [Theory]
    [InlineData("/api/rankings?limit=1")]
    [InlineData("/api/rankings?limit=100")]
    [InlineData("/api/rankings")]
    [InlineData("/api/games/recent?limit=1")]
    [InlineData("/api/games/recent?limit=100")]
    [InlineData("/api/games/recent")]
    public async Task A_limit_from_1_to_100_or_none_is_a_200_with_a_JSON_array(string url)
    {
        using var http = _server.CreateClient();

        using var response = await http.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).ValueKind.ShouldBe(JsonValueKind.Array);
    }

    [Theory]
    [InlineData(UnknownGuid)]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("%27%20OR%201%3D1%20--")]
    public async Task Statistics_of_an_unknown_or_malformed_player_id_are_a_404_ProblemDetails(string id)
    {
        using var http = _server.CreateClient();

        using var response = await http.GetAsync($"/api/players/{id}/stats");

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task Statistics_of_a_player_id_longer_than_64_characters_are_a_400_ProblemDetails()
    {
        using var http = _server.CreateClient();

        using var response = await http.GetAsync($"/api/players/{new string('a', 65)}/stats");

        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Fact]
    public async Task Reading_statistics_never_creates_data_even_for_a_registered_player_without_games()
    {
        using var http = _server.CreateClient();
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();

        foreach (var id in new[] { UnknownGuid, "not-a-guid", ann.PlayerId, ann.PlayerId })
        {
            using var response = await http.GetAsync($"/api/players/{id}/stats");
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, id);
        }

        (await http.GetFromJsonAsync<JsonElement>("/api/rankings?limit=100")).GetArrayLength().ShouldBe(0, "a read must not put anyone on the leaderboard");
        (await http.GetFromJsonAsync<JsonElement>("/api/games/recent?limit=100")).GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("UNKNOWN")]
    [InlineData(UnknownGuid)]
    [InlineData("%3Cscript%3E")]
    public async Task An_unknown_room_is_a_404_ProblemDetails_with_code_ROOM_NOT_FOUND(string idOrCode)
    {
        using var http = _server.CreateClient();

        using var response = await http.GetAsync($"/api/rooms/{idOrCode}");

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, "ROOM_NOT_FOUND");
    }

    [Fact]
    public async Task A_room_id_longer_than_64_characters_is_a_400_ProblemDetails()
    {
        using var http = _server.CreateClient();

        using var response = await http.GetAsync($"/api/rooms/{new string('a', 65)}");

        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    [Theory]
    [InlineData("/api/rooms/ZZZZZZ", "ROOM_NOT_FOUND", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    [InlineData("/api/rooms/ZZZZZZ", "ROOM_NOT_FOUND", "text/html")]
    [InlineData("/api/rooms/ZZZZZZ", "ROOM_NOT_FOUND", "image/png")]
    [InlineData("/api/rooms/ZZZZZZ", "ROOM_NOT_FOUND", "*/*")]
    [InlineData("/api/rooms/ZZZZZZ", "ROOM_NOT_FOUND", "application/json")]
    [InlineData("/api/rooms/ZZZZZZ", "ROOM_NOT_FOUND", null)]
    [InlineData("/api/players/" + UnknownGuid + "/stats", "NOT_FOUND", "text/html")]
    [InlineData("/api/players/" + UnknownGuid + "/stats", "NOT_FOUND", "image/png")]
    [InlineData("/api/rankings?limit=abc", "VALIDATION_FAILED", "text/html")]
    [InlineData("/api/rankings?limit=abc", "VALIDATION_FAILED", "text/plain")]
    public async Task A_failed_call_is_ProblemDetails_whatever_the_Accept_header_asks_for(string url, string code, string? accept)
    {
        using var http = _server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await http.SendAsync(request);

        await ShouldBeProblemAsync(response, code == "VALIDATION_FAILED" ? HttpStatusCode.BadRequest : HttpStatusCode.NotFound, code);
    }

    [Theory]
    [InlineData("/api/nope")]
    [InlineData("/api/rooms/ABC/players")]
    [InlineData("/api/players/x")]
    [InlineData("/health/nope")]
    [InlineData("/hubs/nope")]
    [InlineData("/metrics/nope")]
    [InlineData("/nope")]
    [InlineData("/favicon.ico")]
    public async Task A_path_nothing_is_served_at_is_a_404_ProblemDetails_with_code_NOT_FOUND(string url)
    {
        using var http = _server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", "text/html");

        using var response = await http.SendAsync(request);

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Theory]
    [InlineData("POST", "/api/rooms")]
    [InlineData("DELETE", "/api/rooms/ABCDEF")]
    [InlineData("PUT", "/api/rankings")]
    [InlineData("PATCH", "/api/players/" + UnknownGuid + "/stats")]
    [InlineData("DELETE", "/health")]
    [InlineData("POST", "/api/status")]
    public async Task A_method_a_path_does_not_answer_is_a_405_ProblemDetails_with_code_METHOD_NOT_ALLOWED(string method, string url)
    {
        using var http = _server.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("{\"name\": [", System.Text.Encoding.UTF8, "application/json") };

        using var response = await http.SendAsync(request);

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
        problem.GetProperty("detail").GetString()!.ShouldContain(method);
    }

    [Fact]
    public async Task A_private_room_in_a_game_is_readable_by_code_not_id_and_shows_no_word_custom_word_or_token()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(isPublic: false), "Ann", "Bob");
        await using var tidyTable = table.Tidy();
        var (_, word) = await table.StartDrawingAsync();
        using var http = _server.CreateClient();

        (await http.GetAsync($"/api/rooms/{table.RoomId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a private room answers to its invite code only");
        foreach (var idOrCode in new[] { table.Code, table.Code.ToLowerInvariant() })
        {
            using var response = await http.GetAsync($"/api/rooms/{idOrCode}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, idOrCode);
            var body = await response.Content.ReadAsStringAsync();
            var room = JsonDocument.Parse(body).RootElement;
            room.GetProperty("roomId").GetString().ShouldBe(table.RoomId);
            room.GetProperty("isPublic").GetBoolean().ShouldBeFalse();
            room.GetProperty("status").GetString().ShouldBe("playing");
            room.GetProperty("players").GetArrayLength().ShouldBe(2);
            room.TryGetProperty("customWords", out _).ShouldBeFalse();
            foreach (var secret in GameTable.Words.Append(word))
                body.ShouldNotContain(secret, Case.Insensitive, $"GET /api/rooms/{idOrCode} shows '{secret}'");
            foreach (var player in table.Players)
                body.ShouldNotContain(player.ResumeToken, Case.Sensitive, "a resume token is the only proof of identity");
        }
    }

    [Fact]
    public async Task A_private_room_is_not_in_the_public_room_list()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(isPublic: false), "Ann");
        await using var tidyTable = table.Tidy();
        using var http = _server.CreateClient();

        var rooms = await http.GetFromJsonAsync<JsonElement>("/api/rooms");

        rooms.EnumerateArray().Select(r => r.GetProperty("roomId").GetString()).ShouldNotContain(table.RoomId);
        rooms.GetRawText().ShouldNotContain(table.Code, Case.Sensitive);
    }

    [Fact]
    public async Task Health_answers_200_and_readiness_lists_every_dependency_as_up()
    {
        using var http = _server.CreateClient();

        using var live = await http.GetAsync("/health");
        using var ready = await http.GetAsync("/health/ready");

        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        var readiness = await ready.Content.ReadFromJsonAsync<JsonElement>();
        readiness.GetProperty("status").GetString().ShouldBe("Healthy");
        var dependencies = readiness.GetProperty("dependencies").EnumerateArray().ToArray();
        dependencies.ShouldNotBeEmpty();
        foreach (var dependency in dependencies)
        {
            dependency.GetProperty("name").GetString().ShouldNotBeNullOrEmpty();
            var up = dependency.TryGetProperty("state", out var state) ? state.GetString() == "up" : dependency.GetProperty("up").GetBoolean();
            up.ShouldBeTrue(dependency.GetRawText());
        }
    }

    [Fact]
    public async Task Status_has_every_documented_field_and_counts_a_running_game()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(isPublic: false), "Ann", "Bob");
        await using var tidyTable = table.Tidy();
        await table.StartDrawingAsync();
        using var http = _server.CreateClient();

        var status = await http.GetFromJsonAsync<JsonElement>("/api/status");

        status.GetProperty("service").GetString().ShouldBe("drawguess");
        status.GetProperty("version").GetString().ShouldNotBeNullOrWhiteSpace();
        status.GetProperty("environment").GetString().ShouldNotBeNullOrWhiteSpace();
        status.GetProperty("uptimeSeconds").ValueKind.ShouldBe(JsonValueKind.Number);
        var process = status.GetProperty("process");
        foreach (var field in new[] { "cpuSeconds", "workingSetBytes", "gcHeapBytes", "gen0Collections", "gen1Collections", "gen2Collections", "threadPoolThreads", "threadPoolQueueLength" })
            process.GetProperty(field).ValueKind.ShouldBe(JsonValueKind.Number, field);
        process.GetProperty("workingSetBytes").GetInt64().ShouldBeGreaterThan(0);
        var game = status.GetProperty("game");
        foreach (var field in new[] { "roomsWaiting", "roomsPlaying", "connectedPlayers", "playersInRooms", "gamesInProgress", "turnsPerMinute", "guessesPerMinute" })
            game.GetProperty(field).ValueKind.ShouldBe(JsonValueKind.Number, field);
        game.GetProperty("roomsPlaying").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        game.GetProperty("gamesInProgress").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        game.GetProperty("connectedPlayers").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
        var httpFigures = status.GetProperty("http");
        foreach (var field in new[] { "requestsPerMinute", "p50Ms", "p99Ms" })
            httpFigures.GetProperty(field).ValueKind.ShouldBe(JsonValueKind.Number, field);
        var dependencies = status.GetProperty("dependencies").EnumerateArray().ToArray();
        dependencies.ShouldNotBeEmpty();
        dependencies.ShouldAllBe(d => d.GetProperty("state").GetString() == "up" && d.GetProperty("latencyMs").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public async Task The_OpenAPI_document_is_served_and_describes_the_REST_endpoints()
    {
        using var http = _server.CreateClient();

        using var response = await http.GetAsync("/openapi/v1.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        document.GetProperty("openapi").GetString().ShouldNotBeNullOrEmpty();
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        paths.ShouldContain("/api/rankings");
        paths.ShouldContain("/api/games/recent");
        paths.ShouldContain("/api/players/{id}/stats");
        paths.ShouldContain("/api/rooms/{idOrCode}");
        paths.ShouldContain("/api/status");
        paths.ShouldContain("/health/ready");
    }

    private static async Task<JsonElement> ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var url = response.RequestMessage!.RequestUri!.PathAndQuery;
        response.StatusCode.ShouldBe(status, url);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", url);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe((int)status, url);
        problem.GetProperty("title").GetString().ShouldBe(code, url);
        problem.GetProperty("code").GetString().ShouldBe(code, url);
        problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace(url);
        return problem;
    }
}
