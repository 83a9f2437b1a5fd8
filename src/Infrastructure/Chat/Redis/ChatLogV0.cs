using System.Text.Json.Serialization;
using DrawGuess.Domain.Chat;
using DrawGuess.Domain.Chat.Snapshots;
using DrawGuess.Infrastructure.Common.Redis;

namespace DrawGuess.Infrastructure.Chat.Redis;

/// <summary>A chat log's state and messages in the shape of version 0 (<see cref="StoredJsonV0"/>), read as version 1.</summary>
internal class ChatLogV0
{
    [JsonPropertyName("ChatLog._recentByPlayer")] public Dictionary<string, List<DateTimeOffset>> RecentByPlayer { get; set; } = [];
    [JsonPropertyName("ChatLog._nextId")] public long NextId { get; set; }

    /// <summary>The state value; its message list was written as an empty object.</summary>
    public static ChatLogSnapshotV1 ReadState(byte[] json) => StoredJsonV0.Read<ChatLogV0>(json).ToSnapshot();

    public static ChatMessageSnapshotV1 ReadMessage(byte[] json) => StoredJsonV0.Read<MessageV0>(json).ToSnapshot();

    public static (ChatLogSnapshotV1 State, IEnumerable<ChatMessageSnapshotV1> Messages) ReadWhole(byte[] json)
    {
        var log = StoredJsonV0.Read<WholeLogV0>(json);
        return (log.ToSnapshot(), log.Messages.Select(m => m.ToSnapshot()));
    }

    private ChatLogSnapshotV1 ToSnapshot() => new(NextId, StoredJsonV0.ById(RecentByPlayer, sentAt => (IReadOnlyList<DateTimeOffset>)sentAt));

    internal sealed class WholeLogV0 : ChatLogV0
    {
        [JsonPropertyName("ChatLog._messages")] public List<MessageV0> Messages { get; set; } = [];
    }

    internal sealed class MessageV0
    {
        [JsonPropertyName("ChatMessage.<Id>k__BackingField")] public long Id { get; set; }
        [JsonPropertyName("ChatMessage.<Channel>k__BackingField")] public ChatChannel Channel { get; set; }
        [JsonPropertyName("ChatMessage.<PlayerId>k__BackingField")] public Guid? PlayerId { get; set; }
        [JsonPropertyName("ChatMessage.<Name>k__BackingField")] public string? Name { get; set; }
        [JsonPropertyName("ChatMessage.<Text>k__BackingField")] public string Text { get; set; } = "";
        [JsonPropertyName("ChatMessage.<SentAt>k__BackingField")] public DateTimeOffset SentAt { get; set; }
        [JsonPropertyName("ChatMessage.<SystemCode>k__BackingField")] public string? SystemCode { get; set; }
        [JsonPropertyName("ChatMessage.<Args>k__BackingField")] public List<string> Args { get; set; } = [];
        [JsonPropertyName("ChatMessage.<Audience>k__BackingField")] public List<Guid>? Audience { get; set; }

        public ChatMessageSnapshotV1 ToSnapshot() => new(Id, Channel, PlayerId, Name, Text, SentAt, SystemCode, Args, Audience);
    }
}
