using MediatR;

namespace DrawGuess.Application.Rounds.Commands.Undo;

public sealed record UndoCommand(string ConnectionId, int StrokeId) : IRequest<Unit>;
