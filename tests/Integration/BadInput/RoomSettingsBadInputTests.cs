using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.BadInput;

/// <summary>CreateRoom and UpdateSettings with settings that break a rule of RoomSettingsDto (docs/protocol.md).</summary>
public sealed class RoomSettingsBadInputTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly DrawGuessServer _server = shared.Server;

    private static readonly string[] ThreeWords = ["apple", "banana", "cherry"];

    /// <summary>(case, settings, the field the error must name).</summary>
    public static TheoryData<string, string, string> BadSettings
    {
        get
        {
            var data = new TheoryData<string, string, string>
            {
                { "name of 41 characters", Json(new { name = new string('r', 41) }), "name" },
                { "name of 10,000 characters", Json(new { name = new string('r', 10_000) }), "name" },
                { "empty name", Json(new { name = "" }), "name" },
                { "name of spaces", Json(new { name = "    " }), "name" },
                { "name with a control character", Json(new { name = "Room\u0007" }), "name" },
                { "maxPlayers 1", Json(new { name = "R", maxPlayers = 1 }), "maxPlayers" },
                { "maxPlayers 13", Json(new { name = "R", maxPlayers = 13 }), "maxPlayers" },
                { "rounds 0", Json(new { name = "R", rounds = 0 }), "rounds" },
                { "rounds 11", Json(new { name = "R", rounds = 11 }), "rounds" },
                { "rounds negative", Json(new { name = "R", rounds = -3 }), "rounds" },
                { "drawingSeconds 29", Json(new { name = "R", drawingSeconds = 29 }), "drawingSeconds" },
                { "drawingSeconds 241", Json(new { name = "R", drawingSeconds = 241 }), "drawingSeconds" },
                { "drawingSeconds int.MaxValue", Json(new { name = "R", drawingSeconds = int.MaxValue }), "drawingSeconds" },
                { "wordChoices 0", Json(new { name = "R", wordChoices = 0 }), "wordChoices" },
                { "wordChoices 6", Json(new { name = "R", wordChoices = 6 }), "wordChoices" },
                { "hints -1", Json(new { name = "R", hints = -1 }), "hints" },
                { "hints 6", Json(new { name = "R", hints = 6 }), "hints" },
                { "language fr", Json(new { name = "R", language = "fr" }), "language" },
                { "language EN in upper case", Json(new { name = "R", language = "EN" }), "language" },
                { "language empty", Json(new { name = "R", language = "" }), "language" },
                { "201 custom words", Json(new { name = "R", customWords = Enumerable.Range(0, 201).Select(i => $"word{i}").ToArray() }), "customWords" },
                { "a custom word of 31 characters", Json(new { name = "R", customWords = new[] { "apple", new string('w', 31) } }), "customWords" },
                { "an empty custom word", Json(new { name = "R", customWords = new[] { "apple", "" } }), "customWords" },
                { "a custom word of spaces", Json(new { name = "R", customWords = new[] { "apple", "   " } }), "customWords" },
                { "a null custom word", """{"name":"R","customWords":["apple",null]}""", "customWords" },
                { "a custom word with a control character", Json(new { name = "R", customWords = new[] { "app\u0000le" } }), "customWords" },
                { "customWordsOnly with 2 words and 3 choices", Json(new { name = "R", customWords = ThreeWords[..2], customWordsOnly = true }), "customWordsOnly" },
                { "customWordsOnly with no words", Json(new { name = "R", customWordsOnly = true }), "customWordsOnly" },
                { "customWordsOnly with 3 words and 4 choices", Json(new { name = "R", wordChoices = 4, customWords = ThreeWords, customWordsOnly = true }), "customWordsOnly" },
            };
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task CreateRoom_with_bad_settings_fails_with_VALIDATION_FAILED_naming_the_field_and_creates_no_room(string why, string settingsJson, string field)
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();

        var error = await ann.ShouldFailRawWithAsync("VALIDATION_FAILED", "CreateRoom", $"[{settingsJson}]");

        error.Message.ShouldContain(field, customMessage: why);
        error.Message.Length.ShouldBeLessThan(1_000, why);
        await ann.ShouldFailWithAsync("NOT_IN_ROOM", "GetSnapshot");
        var created = await ann.InvokeAsync("CreateRoom", new { name = "Good room" });
        created.GetProperty("room").GetProperty("name").GetString().ShouldBe("Good room");
    }

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task UpdateSettings_with_bad_settings_fails_with_VALIDATION_FAILED_and_keeps_the_old_settings(string why, string settingsJson, string field)
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();
        var created = await ann.InvokeAsync("CreateRoom", new { name = "Before", rounds = 2 });
        var roomId = created.GetProperty("room").GetProperty("roomId").GetString()!;

        var error = await ann.ShouldFailRawWithAsync("VALIDATION_FAILED", "UpdateSettings", $"[{settingsJson}]");

        error.Message.ShouldContain(field, customMessage: why);
        var room = (await ann.ShouldStillBeInRoomAsync(roomId)).GetProperty("room");
        room.GetProperty("name").GetString().ShouldBe("Before");
        room.GetProperty("settings").GetProperty("rounds").GetInt32().ShouldBe(2);
        await ann.InvokeAsync("UpdateSettings", new { name = "After", rounds = 3 });
        (await ann.InvokeAsync("GetSnapshot")).GetProperty("room").GetProperty("name").GetString().ShouldBe("After");
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"name":null}""")]
    [InlineData("""{"maxPlayers":4}""")]
    public async Task CreateRoom_without_the_required_name_fails_with_VALIDATION_FAILED(string settingsJson)
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();

        var error = await ann.ShouldFailRawWithAsync("VALIDATION_FAILED", "CreateRoom", $"[{settingsJson}]");

        error.Message.ShouldContain("name");
        await ann.ShouldStillWorkAsync();
    }

    [Fact]
    public async Task UpdateSettings_without_the_required_name_fails_with_VALIDATION_FAILED()
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();
        var roomId = (await ann.InvokeAsync("CreateRoom", new { name = "Before" })).GetProperty("room").GetProperty("roomId").GetString()!;

        await ann.ShouldFailRawWithAsync("VALIDATION_FAILED", "UpdateSettings", """[{"rounds":2}]""");

        (await ann.ShouldStillBeInRoomAsync(roomId)).GetProperty("room").GetProperty("name").GetString().ShouldBe("Before");
    }

    [Fact]
    public async Task CreateRoom_and_UpdateSettings_with_null_settings_fail_with_VALIDATION_FAILED()
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();

        await ann.ShouldFailRawWithAsync("VALIDATION_FAILED", "CreateRoom", "[null]");
        var roomId = (await ann.InvokeAsync("CreateRoom", new { name = "Before" })).GetProperty("room").GetProperty("roomId").GetString()!;
        await ann.ShouldFailRawWithAsync("VALIDATION_FAILED", "UpdateSettings", "[null]");

        (await ann.ShouldStillBeInRoomAsync(roomId)).GetProperty("room").GetProperty("name").GetString().ShouldBe("Before");
    }

    [Fact]
    public async Task Every_limit_is_inclusive_at_its_low_end()
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();

        var room = (await ann.InvokeAsync("CreateRoom", new
        {
            name = "R", maxPlayers = 2, rounds = 1, drawingSeconds = 30, wordChoices = 1, hints = 0, language = "ko",
            customWords = new[] { "a" }, customWordsOnly = true,
        })).GetProperty("room").GetProperty("settings");

        room.GetProperty("maxPlayers").GetInt32().ShouldBe(2);
        room.GetProperty("drawingSeconds").GetInt32().ShouldBe(30);
        room.GetProperty("language").GetString().ShouldBe("ko");
    }

    [Fact]
    public async Task Every_limit_is_inclusive_at_its_high_end()
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();

        var settings = (await ann.InvokeAsync("CreateRoom", new
        {
            name = new string('r', 40), maxPlayers = 12, rounds = 10, drawingSeconds = 240, wordChoices = 5, hints = 5, language = "en",
            customWords = Enumerable.Range(0, 199).Select(i => $"word{i}").Append(new string('w', 30)).ToArray(), customWordsOnly = true,
        })).GetProperty("room").GetProperty("settings");

        settings.GetProperty("name").GetString()!.Length.ShouldBe(40);
        settings.GetProperty("maxPlayers").GetInt32().ShouldBe(12);
        settings.GetProperty("rounds").GetInt32().ShouldBe(10);
        settings.GetProperty("drawingSeconds").GetInt32().ShouldBe(240);
        settings.GetProperty("hints").GetInt32().ShouldBe(5);
        settings.GetProperty("customWords").GetArrayLength().ShouldBe(200);
    }

    [Fact]
    public async Task UpdateSettings_with_maxPlayers_below_the_players_present_fails_with_VALIDATION_FAILED()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");
        await using var tidyTable = table.Tidy();

        var error = await table.Host.ShouldFailWithAsync("VALIDATION_FAILED", "UpdateSettings", new { name = "Test room", maxPlayers = 2 });

        error.Message.ShouldContain("maxPlayers");
        var room = (await table.Host.ShouldStillBeInRoomAsync(table.RoomId)).GetProperty("room");
        room.GetProperty("players").GetArrayLength().ShouldBe(3);
        room.GetProperty("settings").GetProperty("maxPlayers").GetInt32().ShouldBe(8);
    }

    private static string Json(object value) => JsonSerializer.Serialize(value, new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
