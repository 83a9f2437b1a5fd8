using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.Undo;

public sealed record UndoCommand(string ConnectionId, int StrokeId) : ICallerRoomCommand<Unit>;
