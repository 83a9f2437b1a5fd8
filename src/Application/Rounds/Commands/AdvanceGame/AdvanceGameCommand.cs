using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.AdvanceGame;

/// <summary>Timer: a deadline of turn <paramref name="TurnId"/> is due. A timer for an older turn does nothing.</summary>
public sealed record AdvanceGameCommand(RoomId RoomId, int TurnId) : INamedRoomCommand<Unit>;
