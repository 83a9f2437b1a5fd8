using System.Text.Json;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// Releases before 2026-12-02 stored a room's chat as one JSON value; this one stores it as a state
/// value and a message list. During a rolling update the rooms' chat must carry over.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ChatUpgradeTests(RedisServer redis, ITestOutputHelper output) : RealServersTest(output)
{
    [Fact]
    public async Task Chat_stored_by_the_previous_release_is_shown_and_moved_to_the_message_list_on_the_next_save()
    {
        var prefix = RedisServer.UniqueKeyPrefix();
        var a = await StartServerAsync("A", ServerProcess.OnRedis(redis.ConnectionString, prefix));
        var b = await StartServerAsync("B", ServerProcess.OnRedis(redis.ConnectionString, prefix));
        var ann = await PlayerAsync(a, "Ann");
        var room = (await ann.InvokeAsync("CreateRoom", Settings())).GetProperty("room");
        var roomId = room.GetProperty("roomId").GetString()!;
        using var connection = ConnectionMultiplexer.Connect(redis.ConnectionString);
        var database = connection.GetDatabase();
        // What a pod of the previous release leaves behind: the whole log in the field-by-field JSON of
        // version 0 (tests/Unit/Infrastructure/StoredState/Fixtures/V0).
        var previousLog = $$"""
            {"$id":"1","ChatLog._messages":{"$id":"2","$values":[{"$id":"3","ChatMessage.<Id>k__BackingField":1,
            "ChatMessage.<Channel>k__BackingField":0,"ChatMessage.<PlayerId>k__BackingField":null,"ChatMessage.<Name>k__BackingField":null,
            "ChatMessage.<Text>k__BackingField":"Zoe joined the room.","ChatMessage.<SentAt>k__BackingField":"{{DateTimeOffset.UtcNow:O}}",
            "ChatMessage.<SystemCode>k__BackingField":"playerJoined","ChatMessage.<Args>k__BackingField":{"$id":"4","$values":["Zoe"]},
            "ChatMessage.<Audience>k__BackingField":null}]},"ChatLog._recentByPlayer":{"$id":"5"},"ChatLog._nextId":2}
            """;
        await database.KeyDeleteAsync([$"{prefix}chat-state:{roomId}", $"{prefix}chat-messages:{roomId}"]);
        await database.StringSetAsync($"{prefix}chat:{roomId}", previousLog);

        var bob = await PlayerAsync(b, "Bob");
        var joined = await bob.InvokeAsync("JoinRoom", room.GetProperty("code").GetString());

        ChatTexts(joined).ShouldBe(["Zoe joined the room.", "Bob joined the room."]);
        (await database.KeyExistsAsync($"{prefix}chat:{roomId}")).ShouldBeFalse();
        await bob.InvokeAsync("SendMessage", "hello from the new release");
        await ann.WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == "hello from the new release");
        ChatTexts(await ann.InvokeAsync("GetSnapshot")).ShouldBe(["Zoe joined the room.", "Bob joined the room.", "hello from the new release"]);
        (await database.ListLengthAsync($"{prefix}chat-messages:{roomId}")).ShouldBe(3);
    }

    private static string?[] ChatTexts(JsonElement snapshot) =>
        [.. snapshot.GetProperty("chat").EnumerateArray().Select(m => m.GetProperty("text").GetString())];
}
