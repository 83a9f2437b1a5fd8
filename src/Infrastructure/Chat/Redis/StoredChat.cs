using System.Text.Json;
using System.Text.Json.Serialization;
using DrawGuess.Domain.Chat;
using DrawGuess.Domain.Chat.Snapshots;
using DrawGuess.Infrastructure.Common.Redis;

namespace DrawGuess.Infrastructure.Chat.Redis;

/// <summary>
/// A chat log as Redis stores it (<see cref="ChatJournal"/>): its state and each message as snapshots in
/// the versioned envelope (<see cref="StoredJson"/>), each read by its own version, since pods of two
/// releases may append to the same list during a rolling update.
/// </summary>
internal static class StoredChat
{
    public static byte[] WriteState(ChatLog log, int version = ChatLogSnapshotV1.Version) => version switch
    {
        ChatLogSnapshotV1.Version => StoredJson.Write(log.ToSnapshot(), ChatLogSnapshotV1.Version, ChatJsonContext.Default.ChatLogSnapshotV1),
        0 => ChatLogV0.WriteState(log.ToSnapshot()),
        _ => throw StoredJson.CannotWrite("chat log", version, ChatLogSnapshotV1.Version),
    };

    public static byte[] WriteMessage(ChatMessage message, int version = ChatMessageSnapshotV1.Version) => version switch
    {
        ChatMessageSnapshotV1.Version => StoredJson.Write(message.ToSnapshot(), ChatMessageSnapshotV1.Version, ChatJsonContext.Default.ChatMessageSnapshotV1),
        0 => ChatLogV0.WriteMessage(message.ToSnapshot()),
        _ => throw StoredJson.CannotWrite("chat message", version, ChatMessageSnapshotV1.Version),
    };

    /// <param name="messages">The stored message entries, oldest first.</param>
    public static ChatLog Read(byte[] state, IEnumerable<byte[]> messages) => Read(state, [], messages);

    /// <param name="known">Messages already read, oldest first, that the stored <paramref name="newer"/> ones follow.</param>
    public static ChatLog Read(byte[] state, IEnumerable<ChatMessage> known, IEnumerable<byte[]> newer) =>
        ChatLog.Restore(ReadState(state), known.Concat(newer.Select(ReadMessage)));

    /// <summary>The whole log in one value, as releases before 2026-12-02 stored it: only ever version 0.</summary>
    public static ChatLog ReadWholeLog(byte[] json)
    {
        var (state, messages) = ChatLogV0.ReadWhole(json);
        return ChatLog.Restore(state, messages.Select(ChatMessage.Restore));
    }

    private static ChatLogSnapshotV1 ReadState(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        return StoredJson.ReadVersion(ref reader) switch
        {
            0 => ChatLogV0.ReadState(json),
            1 => StoredJson.ReadState(ref reader, ChatJsonContext.Default.ChatLogSnapshotV1),
            var version => throw StoredJson.UnknownVersion("chat log", version, ChatLogSnapshotV1.Version),
        };
    }

    private static ChatMessage ReadMessage(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        return ChatMessage.Restore(StoredJson.ReadVersion(ref reader) switch
        {
            0 => ChatLogV0.ReadMessage(json),
            1 => StoredJson.ReadState(ref reader, ChatJsonContext.Default.ChatMessageSnapshotV1),
            var version => throw StoredJson.UnknownVersion("chat message", version, ChatMessageSnapshotV1.Version),
        });
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ChatLogSnapshotV1))]
[JsonSerializable(typeof(ChatMessageSnapshotV1))]
internal sealed partial class ChatJsonContext : JsonSerializerContext;
