using MediatR;

namespace DrawGuess.Application.Rounds.Commands.ChooseWord;

public sealed record ChooseWordCommand(string ConnectionId, int Index) : IRequest<Unit>;
