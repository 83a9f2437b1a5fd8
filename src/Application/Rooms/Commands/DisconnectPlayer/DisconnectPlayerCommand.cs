using MediatR;

namespace DrawGuess.Application.Rooms.Commands.DisconnectPlayer;

/// <summary>A connection closed. The player keeps their seat for <see cref="RoomsOptions.SeatHold"/>.</summary>
public sealed record DisconnectPlayerCommand(string ConnectionId) : IRequest<Unit>;
