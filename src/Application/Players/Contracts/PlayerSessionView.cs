using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Players.Contracts;

/// <summary>Who a connection belongs to and where that player is, for every module's handlers.</summary>
public sealed record PlayerSessionView(PlayerId PlayerId, string Name, string? ConnectionId, RoomId? RoomId);
