using System.Text;
using System.Text.RegularExpressions;
using DrawGuess.Infrastructure.Chat.Redis;
using DrawGuess.Infrastructure.Rooms.Redis;
using DrawGuess.Infrastructure.Rounds.Redis;
using StackExchange.Redis;

namespace DrawGuess.UnitTests.Infrastructure.StoredState;

/// <summary>Stored values as committed under Fixtures/ (copied to the output under the same path).</summary>
internal static partial class StoredFixtures
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

    /// <summary>
    /// The released fixture as this release writes that version: a game no longer holds its players' connection state
    /// (the room's members do, ADR 0017), so a participant stored as disconnected is written as connected.
    /// </summary>
    public static string AsThisReleaseWrites(string version, string name) =>
        name.StartsWith("game-", StringComparison.Ordinal)
            ? DisconnectedParticipant().Replace(Text(Read(version, name)), "$1:true,$2:null")
            : Text(Read(version, name));

    private static string Text(byte[] json) => Encoding.UTF8.GetString(json);

    [GeneratedRegex("""("connected"|"Participant\.\\u003CConnected\\u003Ek__BackingField"):false,("disconnectedAt"|"Participant\.\\u003CDisconnectedAt\\u003Ek__BackingField"):"[^"]*\x22""")]
    private static partial Regex DisconnectedParticipant();
}
