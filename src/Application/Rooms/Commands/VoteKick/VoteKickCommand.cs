using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.VoteKick;

public sealed record VoteKickCommand(string ConnectionId, string? PlayerId) : ICallerRoomCommand<Unit>;
