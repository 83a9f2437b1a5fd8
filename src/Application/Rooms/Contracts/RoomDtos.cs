namespace DrawGuess.Application.Rooms.Contracts;

public sealed record PlayerDto(string PlayerId, string Name, bool IsHost, bool Connected, long JoinOrder);

/// <summary>Room settings as shown in a room. <see cref="CustomWords"/> is filled only for the host: the others would learn the candidate words.</summary>
public sealed record RoomSettingsView(
    string Name, bool IsPublic, int MaxPlayers, int Rounds, int DrawingSeconds, int WordChoices, int Hints,
    string Language, int CustomWordCount, IReadOnlyList<string> CustomWords, bool CustomWordsOnly);

/// <summary>Someone who watches the room without a seat.</summary>
public sealed record SpectatorDto(string PlayerId, string Name, bool Connected);

/// <param name="Spectators">How many watch the room without a seat.</param>
/// <param name="Watchers">Who they are, in the order they came.</param>
public sealed record RoomDto(
    string RoomId, string Code, string Name, bool IsPublic, string HostId, string Status, RoomSettingsView Settings, IReadOnlyList<PlayerDto> Players,
    int Spectators, IReadOnlyList<SpectatorDto> Watchers);

public sealed record RoomSummaryDto(string RoomId, string Name, int Players, int MaxPlayers, string Status, string Language, int Spectators);

public sealed record PublicRoomDto(
    string RoomId, string Name, bool IsPublic, string Status, string Language, int MaxPlayers, int Rounds, int DrawingSeconds, IReadOnlyList<PlayerDto> Players,
    int Spectators);

public sealed record RoomRemovedDto(string RoomId);

public sealed record KickedDto(string RoomId, bool ByVote);

public sealed record VoteKickDto(string TargetId, int Votes, int Needed);

/// <summary>
/// Room and player figures. <paramref name="ConnectedPlayers"/> counts this instance's connections; the others count
/// everything in the live state, which every instance sharing it (Redis) sees alike.
/// </summary>
public sealed record RoomFiguresDto(int RoomsWaiting, int RoomsPlaying, int PlayersInRooms, int ConnectedPlayers, int ClusterConnectedPlayers, int RegisteredPlayers);
