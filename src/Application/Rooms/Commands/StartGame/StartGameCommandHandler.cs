using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.StartGame;

/// <summary>
/// Rooms owns who may start; Rounds begins the game in the same unit of work, and the room is marked playing when
/// the game has started (<see cref="EventHandlers.GameStartedIntegrationEventHandler"/>): a game that cannot begin changes nothing.
/// </summary>
internal sealed class StartGameCommandHandler : IRoomCommandHandler<StartGameCommand, Unit>
{
    public async Task<Unit> Handle(StartGameCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var started = await room.RequireRoomAsync(cancellationToken);
        started.EnsureCanStartGame(room.Caller.PlayerId);
        var s = started.Settings;
        room.Send(new BeginGameCommand(
            started.Id, s.Name, s.Rounds, s.DrawingSeconds, s.WordChoices, s.Hints, s.Language, s.CustomWords, s.CustomWordsOnly,
            started.Members.Select(m => new GamePlayerDto(m.PlayerId, m.Name, m.JoinOrder)).ToArray()));
        return Unit.Value;
    }
}
