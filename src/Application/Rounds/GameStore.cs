using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Commands.AdvanceGame;
using DrawGuess.Application.SharedKernel;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rounds;

/// <summary>
/// A room's game as its unit of work saves it: only the canvas when nothing else changed, removed once
/// stopped, and with the game's one timer armed for its next deadline (which depends on who is connected: the room's).
/// </summary>
internal sealed class GameStore(IGameRepository games, ICommandScheduler scheduler, IRoomMembers members) : IRoomStateStore<Game>
{
    public static string TimerKey(RoomId roomId) => $"game:{roomId}";

    public Task<Game?> FindAsync(RoomId roomId, RoomFence? fence, CancellationToken cancellationToken) => games.FindAsync(roomId, fence, cancellationToken);

    public async Task SaveAsync(IRoomUnitOfWork room, Game game, long? loadedVersion, RoomFence? fence, CancellationToken cancellationToken)
    {
        var roomId = room.RoomId;
        if (loadedVersion is { } loaded && game.LastStateChange <= loaded)
        {
            await games.SaveCanvasAsync(game, await CanvasReceiversAsync(room, game, cancellationToken), fence, cancellationToken);
            return;
        }
        if (game.IsStopped)
        {
            await RemoveAsync(roomId, cancellationToken);
            return;
        }
        await games.SaveAsync(game, fence, cancellationToken);
        // After the game's write is issued: reading the room here (if this command has not) delays no message.
        var presence = await members.PresenceAsync(room, cancellationToken);
        if (game.NextDueAt(presence) is { } dueAt && game.CurrentTurn is { } turn)
            await scheduler.ScheduleAsync(TimerKey(roomId), dueAt, new AdvanceGameCommand(roomId, turn.Id));
        else
            await scheduler.CancelAsync(TimerKey(roomId));
    }

    /// <summary>Whom the canvas call was relayed to (<see cref="CanvasRelay"/>).</summary>
    private async Task<IReadOnlyList<PlayerId>> CanvasReceiversAsync(IRoomUnitOfWork room, Game game, CancellationToken cancellationToken) =>
        game.CurrentTurn is { } turn ? CanvasRelay.EveryoneBut(turn.DrawerId, game.Participants, await members.SpectatorsAsync(room, cancellationToken)) : [];

    public async Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken)
    {
        await scheduler.CancelAsync(TimerKey(roomId));
        await games.RemoveAsync(roomId, cancellationToken);
    }
}
