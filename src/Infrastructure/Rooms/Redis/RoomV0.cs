using System.Text.Json.Serialization;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.Rooms.Snapshots;
using DrawGuess.Infrastructure.Common.Redis;

namespace DrawGuess.Infrastructure.Rooms.Redis;

/// <summary>A room in the shape of version 0 (<see cref="StoredJsonV0"/>), mapped to and from version 1.</summary>
internal sealed class RoomV0
{
    [JsonPropertyName("Room._members")] public Member[] Members { get; set; } = [];
    [JsonPropertyName("Room._kicked")] public List<Guid> Kicked { get; set; } = [];
    [JsonPropertyName("Room._kickVotes")] public Dictionary<string, List<Guid>> KickVotes { get; set; } = [];
    [JsonPropertyName("Room._nextJoinOrder")] public long NextJoinOrder { get; set; }
    [JsonPropertyName("Room.<Id>k__BackingField")] public Guid Id { get; set; }
    [JsonPropertyName("Room.<Code>k__BackingField")] public string Code { get; set; } = "";
    [JsonPropertyName("Room.<Settings>k__BackingField")] public RoomSettingsV0 Settings { get; set; } = new();
    [JsonPropertyName("Room.<CreatedAt>k__BackingField")] public DateTimeOffset CreatedAt { get; set; }
    [JsonPropertyName("Room.<HostId>k__BackingField")] public Guid HostId { get; set; }
    [JsonPropertyName("Room.<Status>k__BackingField")] public RoomStatus Status { get; set; }

    public static RoomSnapshotV1 Read(byte[] json)
    {
        var room = StoredJsonV0.Read<RoomV0>(json);
        var s = room.Settings;
        return new RoomSnapshotV1(
            room.Id,
            room.Code,
            new RoomSettingsSnapshotV1(s.Name, s.IsPublic, s.MaxPlayers, s.Rounds, s.DrawingSeconds, s.WordChoices, s.Hints, s.Language, s.CustomWords, s.CustomWordsOnly),
            room.CreatedAt,
            room.HostId,
            room.Status,
            [.. room.Members.Select(m => new RoomMemberSnapshotV1(m.PlayerId, m.Name, m.JoinOrder, m.Connected, m.DisconnectedAt))],
            room.Kicked,
            StoredJsonV0.ById(room.KickVotes, voters => (IReadOnlyList<Guid>)voters),
            room.NextJoinOrder);
    }

    public static byte[] Write(RoomSnapshotV1 room)
    {
        var s = room.Settings;
        return StoredJsonV0.Write(new RoomV0
        {
            Members = [.. room.Members.Select(m => new Member
            {
                PlayerId = m.PlayerId, Name = m.Name, JoinOrder = m.JoinOrder, Connected = m.Connected, DisconnectedAt = m.DisconnectedAt,
            })],
            Kicked = [.. room.Kicked],
            KickVotes = StoredJsonV0.ByKey(room.KickVotes, voters => voters.ToList()),
            NextJoinOrder = room.NextJoinOrder,
            Id = room.Id,
            Code = room.Code,
            Settings = new RoomSettingsV0
            {
                Name = s.Name, IsPublic = s.IsPublic, MaxPlayers = s.MaxPlayers, Rounds = s.Rounds, DrawingSeconds = s.DrawingSeconds,
                WordChoices = s.WordChoices, Hints = s.Hints, Language = s.Language, CustomWords = [.. s.CustomWords], CustomWordsOnly = s.CustomWordsOnly,
            },
            CreatedAt = room.CreatedAt,
            HostId = room.HostId,
            Status = room.Status,
        });
    }

    internal sealed class Member
    {
        [JsonPropertyName("RoomMember.<PlayerId>k__BackingField")] public Guid PlayerId { get; set; }
        [JsonPropertyName("RoomMember.<Name>k__BackingField")] public string Name { get; set; } = "";
        [JsonPropertyName("RoomMember.<JoinOrder>k__BackingField")] public long JoinOrder { get; set; }
        [JsonPropertyName("RoomMember.<Connected>k__BackingField")] public bool Connected { get; set; }
        [JsonPropertyName("RoomMember.<DisconnectedAt>k__BackingField")] public DateTimeOffset? DisconnectedAt { get; set; }
    }

    internal sealed class RoomSettingsV0
    {
        [JsonPropertyName("RoomSettings.<Name>k__BackingField")] public string Name { get; set; } = "";
        [JsonPropertyName("RoomSettings.<IsPublic>k__BackingField")] public bool IsPublic { get; set; }
        [JsonPropertyName("RoomSettings.<MaxPlayers>k__BackingField")] public int MaxPlayers { get; set; }
        [JsonPropertyName("RoomSettings.<Rounds>k__BackingField")] public int Rounds { get; set; }
        [JsonPropertyName("RoomSettings.<DrawingSeconds>k__BackingField")] public int DrawingSeconds { get; set; }
        [JsonPropertyName("RoomSettings.<WordChoices>k__BackingField")] public int WordChoices { get; set; }
        [JsonPropertyName("RoomSettings.<Hints>k__BackingField")] public int Hints { get; set; }
        [JsonPropertyName("RoomSettings.<Language>k__BackingField")] public string Language { get; set; } = "";
        [JsonPropertyName("RoomSettings.<CustomWords>k__BackingField")] public List<string> CustomWords { get; set; } = [];
        [JsonPropertyName("RoomSettings.<CustomWordsOnly>k__BackingField")] public bool CustomWordsOnly { get; set; }
    }
}
