using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rooms;

internal static class RoomViews
{
    public static RoomDto ToDto(Room room, PlayerId viewer) => new(
        room.Id.ToString(), room.Code.Value, room.Settings.Name, room.Settings.IsPublic, room.HostId.ToString(), StatusName(room.Status),
        ToView(room.Settings, showCustomWords: viewer == room.HostId), Players(room), room.Spectators.Count,
        room.Spectators.Select(s => new SpectatorDto(s.PlayerId.ToString(), s.Name, s.Connected)).ToArray());

    /// <summary>What every member but the host, and every spectator, sees: the host's view without the custom words, sharing its member list.</summary>
    public static RoomDto GuestView(RoomDto hostView, Room room) => hostView with { Settings = ToView(room.Settings, showCustomWords: false) };

    public static RoomSummaryDto ToSummary(Room room) => new(
        room.Id.ToString(), room.Settings.Name, room.Members.Count, room.Settings.MaxPlayers, StatusName(room.Status), room.Settings.Language,
        room.Spectators.Count);

    /// <summary>What anyone may see of a room over REST: no invite code, no custom words.</summary>
    public static PublicRoomDto ToPublic(Room room) => new(
        room.Id.ToString(), room.Settings.Name, room.Settings.IsPublic, StatusName(room.Status), room.Settings.Language,
        room.Settings.MaxPlayers, room.Settings.Rounds, room.Settings.DrawingSeconds, Players(room), room.Spectators.Count);

    private static RoomSettingsView ToView(RoomSettings s, bool showCustomWords) => new(
        s.Name, s.IsPublic, s.MaxPlayers, s.Rounds, s.DrawingSeconds, s.WordChoices, s.Hints, s.Language,
        s.CustomWords.Count, showCustomWords ? s.CustomWords : [], s.CustomWordsOnly);

    public static string StatusName(RoomStatus status) => status == RoomStatus.Playing ? "playing" : "waiting";

    public static PlayerDto ToPlayer(Room room, RoomMember member) =>
        new(member.PlayerId.ToString(), member.Name, member.PlayerId == room.HostId, member.Connected, member.JoinOrder);

    private static PlayerDto[] Players(Room room) => room.Members.Select(m => ToPlayer(room, m)).ToArray();
}
