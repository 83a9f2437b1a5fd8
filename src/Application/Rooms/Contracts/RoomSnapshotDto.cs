using DrawGuess.Application.Chat.Contracts;
using DrawGuess.Application.Rounds.Contracts;

namespace DrawGuess.Application.Rooms.Contracts;

/// <summary>Everything a client needs to draw the room from scratch: after joining, a reload or a reconnect.</summary>
public sealed record RoomSnapshotDto(string You, RoomDto Room, GameStateDto? Game, IReadOnlyList<ChatMessageDto> Chat);

public sealed record ResumeDto(string PlayerId, string Name, RoomSnapshotDto? Room);
