using System.Text;
using DrawGuess.Infrastructure.Chat.Redis;
using DrawGuess.Infrastructure.Rooms.Redis;
using DrawGuess.Infrastructure.Rounds.Redis;

namespace DrawGuess.UnitTests.Infrastructure.StoredState;

/// <summary>
/// Version 1 as released (Fixtures/V1: the version 0 fixtures as this release rewrites them). Whatever
/// version comes next must still load these, and a value read and written again must come out the same.
/// </summary>
public sealed class Version1FixtureTests
{
    public static TheoryData<string> Fixtures => ["room.json", "game-drawing.json", "game-ended.json", "chat-state.json", "chat-messages.jsonl"];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_version_0_value_is_rewritten_as_the_released_version_1(string name)
    {
        Rewrite("V0", name).ShouldBe(Encoding.UTF8.GetString(StoredFixtures.Read("V1", name)));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_version_1_value_reads_back_and_writes_the_same(string name)
    {
        Rewrite("V1", name).ShouldBe(Encoding.UTF8.GetString(StoredFixtures.Read("V1", name)));
    }

    /// <summary>Reads a fixture as the repositories do and writes what they would store now.</summary>
    internal static string Rewrite(string version, string name) => name switch
    {
        "room.json" => Text(StoredRoom.Write(StoredRoom.Read(StoredFixtures.Read(version, name)))),
        "game-drawing.json" or "game-ended.json" => Text(StoredGame.Write(StoredGame.Read(StoredFixtures.Read(version, name)))),
        "chat-state.json" => Text(StoredChat.WriteState(ChatJournal.Read(StoredFixtures.Read(version, name), [], out _))),
        "chat-messages.jsonl" => string.Concat(
            ChatJournal.EntriesSince(null, ChatJournal.Read(StoredFixtures.Read(version, "chat-state.json"), StoredFixtures.Entries(version, name), out _), out _)
                .Select(entry => Text(entry!) + "\n")),
        _ => throw new ArgumentException($"No fixture {name}."),
    };

    private static string Text(byte[] json) => Encoding.UTF8.GetString(json);
}
