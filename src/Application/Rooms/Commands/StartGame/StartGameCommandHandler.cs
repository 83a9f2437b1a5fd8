using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Sessions;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.StartGame;

/// <summary>Rooms owns who may start; the Rounds module runs the game it is asked to start.</summary>
internal sealed class StartGameCommandHandler(
    IPlayerSessionStore sessions, IRoomRepository rooms, IRoomLocks locks, IMediator mediator, RoomBroadcaster broadcaster)
    : IRequestHandler<StartGameCommand, Unit>
{
    public async Task<Unit> Handle(StartGameCommand request, CancellationToken cancellationToken)
    {
        var (caller, roomId) = await sessions.RequireCallerInRoomAsync(request.ConnectionId);
        using var _ = await locks.AcquireAsync(roomId, cancellationToken);
        var room = await rooms.RequireAsync(roomId, cancellationToken);
        room.EnsureCanStartGame(caller.PlayerId);
        room.MarkPlaying();
        var s = room.Settings;
        var members = room.Members.Select(m => new GameMemberDto(m.PlayerId, m.Name, m.JoinOrder, m.Connected)).ToArray();
        try
        {
            await mediator.Publish(new GameStartRequestedIntegrationEvent(
                room.Id, s.Name, s.Rounds, s.DrawingSeconds, s.WordChoices, s.Hints, s.Language, s.CustomWords, s.CustomWordsOnly, members),
                cancellationToken);
        }
        catch
        {
            room.MarkWaiting();
            throw;
        }
        await rooms.SaveAsync(room, cancellationToken);
        await broadcaster.RoomChanged(room);
        return Unit.Value;
    }
}
