using DrawGuess.Application.Chat.Contracts;
using DrawGuess.Application.Rounds.Contracts;

namespace DrawGuess.Application.Rooms.Contracts;

/// <summary>Everything a client needs to draw the room from scratch: after joining, a reload or a reconnect.</summary>
/// <param name="Spectating">You watch the room without a seat (you are not among its players).</param>
public sealed record RoomSnapshotDto(string You, RoomDto Room, GameStateDto? Game, IReadOnlyList<ChatMessageDto> Chat, bool Spectating);

public sealed record ResumeDto(string PlayerId, string Name, RoomSnapshotDto? Room);
