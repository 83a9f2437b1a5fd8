using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.TakeSeatFromSpectating;

/// <summary>A spectator becomes a player of the room they watch, between games and while a seat is free.</summary>
public sealed record TakeSeatFromSpectatingCommand(string ConnectionId) : ICallerRoomCommand<Unit>;
