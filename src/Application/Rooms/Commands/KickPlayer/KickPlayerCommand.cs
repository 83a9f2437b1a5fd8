using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.KickPlayer;

public sealed record KickPlayerCommand(string ConnectionId, string? PlayerId) : ICallerRoomCommand<Unit>;
