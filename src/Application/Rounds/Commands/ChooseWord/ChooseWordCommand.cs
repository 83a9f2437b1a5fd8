using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.ChooseWord;

public sealed record ChooseWordCommand(string ConnectionId, int Index) : ICallerRoomCommand<Unit>;
