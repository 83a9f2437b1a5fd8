using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.ChangeWordOptions;

public sealed record ChangeWordOptionsCommand(string ConnectionId) : ICallerRoomCommand<Unit>;
