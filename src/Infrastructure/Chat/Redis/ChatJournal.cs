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

    /// <summary>How many of the list's last entries a reader fetches that knows the log up to an entry: the lines sent on other instances since.</summary>
    public const int TailLength = 16;

    /// <summary>
    /// The messages the list held when this instance last read or stored it, oldest first, and the last
    /// of them as stored: found again among the list's last entries, the entries after it are all that is new.
    /// </summary>
    public sealed record KnownTail(IReadOnlyList<ChatMessage> Messages, byte[] LastEntry)
    {
        /// <summary>Null for a log without messages: there is no entry to find the new ones after.</summary>
        public static KnownTail? Of(ChatLog log, RedisValue lastEntry) =>
            lastEntry.IsNull || log.MessageCount == 0 ? null : new(log.MessagesAfter(0), (byte[])lastEntry!);
    }

    /// <summary>
    /// The log from its state value and the list's last entries, taking the messages up to the known last
    /// entry from <paramref name="known"/>; null if that entry is not among them (more new lines than
    /// <see cref="TailLength"/>, or the list was rewritten since).
    /// </summary>
    public static ChatLog? ReadSince(byte[] state, KnownTail known, RedisValue[] lastEntries, out KnownTail? tail)
    {
        tail = null;
        var at = lastEntries.Length - 1;
        while (at >= 0 && !((ReadOnlyMemory<byte>)lastEntries[at]).Span.SequenceEqual(known.LastEntry)) at--;
        if (at < 0) return null;
        var log = StoredChat.Read(state, known.Messages, lastEntries.Skip(at + 1).Select(entry => (byte[])entry!));
        tail = KnownTail.Of(log, lastEntries[^1]);
        return log;
    }

    /// <summary>A log read back from its state value and its stored message entries, oldest first.</summary>
    public static ChatLog Read(byte[] state, IEnumerable<RedisValue> entries, out Position position)
    {
        var log = StoredChat.Read(state, entries.Select(entry => (byte[])entry!));
        position = Position.Of(log);
        return log;
    }
}
