using DrawGuess.Domain.Chat;
using DrawGuess.Domain.Chat.Snapshots;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Chat.Redis;

/// <summary>
/// A room's chat log as a small state value (rate-limit windows, next message id) and a Redis list
/// of its messages, one JSON entry each, so that saving after a message writes that message and
/// not the whole history (up to 200 messages, about 75 KB, on every line of chat).
/// </summary>
internal static class ChatJournal
{
    /// <summary>What the stored list holds of a log: its messages up to <paramref name="LastMessageId"/>.</summary>
    public sealed record Position(ChatLog Log, long LastMessageId)
    {
        public static Position Of(ChatLog log) => new(log, log.LastMessageId);
    }

    /// <summary>
    /// The entries to append to a list at <paramref name="stored"/> to bring it up to <paramref name="log"/>,
    /// or, with <paramref name="rewrite"/> set, every message (another log, or no known position).
    /// </summary>
    public static List<RedisValue> EntriesSince(Position? stored, ChatLog log, out bool rewrite, int version = ChatMessageSnapshotV1.Version)
    {
        rewrite = stored is null || !ReferenceEquals(stored.Log, log);
        var newest = log.MessagesAfter(rewrite ? 0 : stored!.LastMessageId);
        var entries = new List<RedisValue>(newest.Count);
        foreach (var message in newest) entries.Add(StoredChat.WriteMessage(message, version));
        return entries;
    }

    /// <summary>A log read back from its state value and its stored message entries, oldest first.</summary>
    public static ChatLog Read(byte[] state, IEnumerable<RedisValue> entries, out Position position)
    {
        var log = StoredChat.Read(state, entries.Select(entry => (byte[])entry!));
        position = Position.Of(log);
        return log;
    }
}
