using System.Text.Json.Serialization;
using DrawGuess.Domain.Chat;
using DrawGuess.Domain.Chat.Snapshots;
using DrawGuess.Infrastructure.Common.Redis;

namespace DrawGuess.Infrastructure.Chat.Redis;

/// <summary>A chat log's state and messages in the shape of version 0 (<see cref="StoredJsonV0"/>), mapped to and from version 1.</summary>
internal static class ChatLogV0
{
    public static ChatLogSnapshotV1 ReadState(byte[] json)
    {
        var state = StoredJsonV0.Read<StateV0>(json);
        return ToSnapshot(state.RecentByPlayer, state.NextId);
    }

    public static byte[] WriteState(ChatLogSnapshotV1 log) => StoredJsonV0.Write(new StateV0
    {
        RecentByPlayer = StoredJsonV0.ByKey(log.RecentByPlayer, sentAt => sentAt.ToList()),
        NextId = log.NextMessageId,
    });

    public static ChatMessageSnapshotV1 ReadMessage(byte[] json) => StoredJsonV0.Read<MessageV0>(json).ToSnapshot();

    public static byte[] WriteMessage(ChatMessageSnapshotV1 message) => StoredJsonV0.Write(new MessageV0
    {
        Id = message.Id,
        Channel = message.Channel,
        PlayerId = message.PlayerId,
        Name = message.Name,
        Text = message.Text,
        SentAt = message.SentAt,
        SystemCode = message.SystemCode,
        Args = [.. message.Args],
        Audience = message.Audience?.ToArray(),
    });

    /// <summary>The whole log in one value, as releases before 2026-12-02 stored it.</summary>
    public static (ChatLogSnapshotV1 State, IEnumerable<ChatMessageSnapshotV1> Messages) ReadWhole(byte[] json)
    {
        var log = StoredJsonV0.Read<WholeLogV0>(json);
        return (ToSnapshot(log.RecentByPlayer, log.NextId), log.Messages.Select(m => m.ToSnapshot()));
    }

    private static ChatLogSnapshotV1 ToSnapshot(Dictionary<string, List<DateTimeOffset>> recentByPlayer, long nextId) =>
        new(nextId, StoredJsonV0.ById(recentByPlayer, sentAt => (IReadOnlyList<DateTimeOffset>)sentAt));

    /// <summary>The state value; its messages are the list beside it.</summary>
    internal sealed class StateV0
    {
        [JsonPropertyName("ChatLog._messages")] public StoredJsonV0.StoredBeside Messages { get; set; } = new();
        [JsonPropertyName("ChatLog._recentByPlayer")] public Dictionary<string, List<DateTimeOffset>> RecentByPlayer { get; set; } = [];
        [JsonPropertyName("ChatLog._nextId")] public long NextId { get; set; }
    }

    internal sealed class WholeLogV0
    {
        [JsonPropertyName("ChatLog._messages")] public List<MessageV0> Messages { get; set; } = [];
        [JsonPropertyName("ChatLog._recentByPlayer")] public Dictionary<string, List<DateTimeOffset>> RecentByPlayer { get; set; } = [];
        [JsonPropertyName("ChatLog._nextId")] public long NextId { get; set; }
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
        [JsonPropertyName("ChatMessage.<Audience>k__BackingField")] public Guid[]? Audience { get; set; }

        public ChatMessageSnapshotV1 ToSnapshot() => new(Id, Channel, PlayerId, Name, Text, SentAt, SystemCode, Args, Audience);
    }
}
