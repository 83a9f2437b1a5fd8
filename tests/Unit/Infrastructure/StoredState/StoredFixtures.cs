using System.Text;
using DrawGuess.Infrastructure.Chat.Redis;
using DrawGuess.Infrastructure.Rooms.Redis;
using DrawGuess.Infrastructure.Rounds.Redis;
using StackExchange.Redis;

namespace DrawGuess.UnitTests.Infrastructure.StoredState;

/// <summary>Stored values as committed under Fixtures/ (copied to the output under the same path).</summary>
internal static class StoredFixtures
{
    public static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Infrastructure", "StoredState", "Fixtures");

    public static string PathOf(string version, string name) => Path.Combine(Directory, version, name);

    public static byte[] Read(string version, string name) => File.ReadAllBytes(PathOf(version, name));

    /// <summary>A Redis list's entries, one a line.</summary>
    public static RedisValue[] Entries(string version, string name) =>
        [.. File.ReadAllLines(PathOf(version, name)).Where(line => line.Length > 0).Select(line => (RedisValue)Encoding.UTF8.GetBytes(line))];

    /// <summary>Reads a fixture as the repositories do and writes what they would store now, in <paramref name="writeVersion"/>.</summary>
    public static string Rewrite(string version, string name, int writeVersion) => name switch
    {
        "room.json" or "room-spectators.json" => Text(StoredRoom.Write(StoredRoom.Read(Read(version, name)), writeVersion)),
        "game-drawing.json" or "game-ended.json" or "game-rated.json" => Text(StoredGame.Write(StoredGame.Read(Read(version, name)), writeVersion)),
        "chat-state.json" => Text(StoredChat.WriteState(ChatJournal.Read(Read(version, name), [], out _), writeVersion)),
        "chat-messages.jsonl" => string.Concat(
            ChatJournal.EntriesSince(null, ChatJournal.Read(Read(version, "chat-state.json"), Entries(version, name), out _), out _, writeVersion)
                .Select(entry => Text(entry!) + "\n")),
        _ => throw new ArgumentException($"No fixture {name}."),
    };

    private static string Text(byte[] json) => Encoding.UTF8.GetString(json);
}
