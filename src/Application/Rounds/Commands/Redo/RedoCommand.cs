using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.Redo;

public sealed record RedoCommand(string ConnectionId, int StrokeId) : ICallerRoomCommand<Unit>;
