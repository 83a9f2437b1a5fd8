using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.WatchLobby;

/// <summary>Returns the public rooms and subscribes the connection to their changes.</summary>
public sealed record WatchLobbyCommand(string ConnectionId) : IRequest<IReadOnlyList<RoomSummaryDto>>;
