using DrawGuess.Domain.Chat.Snapshots;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Chat;

// The stored form of a chat log: its state as a snapshot, its messages one by one beside it, so that a
// save after a message stores that message and not the whole history.
public sealed partial class ChatLog
{
    public int MessageCount => _messages.Count;

    public long LastMessageId => _messages.Count > 0 ? _messages[^1].Id : 0;

    public ChatLogSnapshotV1 ToSnapshot() =>
        new(_nextId, _recentByPlayer.ToDictionary(p => p.Key.Value, p => (IReadOnlyList<DateTimeOffset>)[.. p.Value]));

    /// <param name="messages">Oldest first; only the last ones the log keeps are kept.</param>
    public static ChatLog Restore(ChatLogSnapshotV1 snapshot, IEnumerable<ChatMessage> messages)
    {
        var log = new ChatLog { _nextId = snapshot.NextMessageId };
        foreach (var (playerId, sentAt) in snapshot.RecentByPlayer) log._recentByPlayer[new PlayerId(playerId)] = new Queue<DateTimeOffset>(sentAt);
        foreach (var message in messages) log.Add(message);
        return log;
    }

    /// <summary>The kept messages with an id above <paramref name="messageId"/>, oldest first.</summary>
    public IReadOnlyList<ChatMessage> MessagesAfter(long messageId)
    {
        // Ids only grow: a binary search reads a few of the messages, where a scan read each one from memory.
        int first = 0, end = _messages.Count;
        while (first < end)
        {
            var middle = (first + end) >>> 1;
            if (_messages[middle].Id > messageId) end = middle;
            else first = middle + 1;
        }
        return _messages.GetRange(first, _messages.Count - first);
    }
}
