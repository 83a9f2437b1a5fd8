using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Sessions;
using DrawGuess.Domain.Common;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.ResumeSession;

internal sealed class ResumeSessionCommandHandler(
    IPlayerSessionStore sessions,
    ISecretTokens tokens,
    IRoomRepository rooms,
    IRoomLocks locks,
    IRoomsNotifier notifier,
    ILobbySubscriptions lobby,
    ICommandScheduler scheduler,
    IMediator mediator,
    RoomBroadcaster broadcaster,
    RoomSnapshots snapshots) : IRequestHandler<ResumeSessionCommand, ResumeDto>
{
    public async Task<ResumeDto> Handle(ResumeSessionCommand request, CancellationToken cancellationToken)
    {
        var session = await sessions.FindByTokenHashAsync(tokens.Hash(request.ResumeToken!))
            ?? throw new GameRuleException(ErrorCodes.InvalidResumeToken, "Unknown or expired resume token.");
        if (await sessions.FindByConnectionAsync(request.ConnectionId) is { } bound && bound.PlayerId != session.PlayerId)
            throw new GameRuleException(ErrorCodes.ValidationFailed, "connection: already registered as another player.");

        var replaced = await sessions.BindAsync(session.PlayerId, request.ConnectionId);
        if (replaced is not null && replaced != request.ConnectionId)
        {
            await lobby.UnwatchAsync(replaced);
            await notifier.SessionReplaced(replaced);
        }
        if (session.RoomId is not { } roomId) return new ResumeDto(session.PlayerId.ToString(), session.Name, null);

        using var _ = await locks.AcquireAsync(roomId, cancellationToken);
        var room = await rooms.FindAsync(roomId, cancellationToken);
        if (room?.FindMember(session.PlayerId) is not { } member)
        {
            await sessions.SetRoomAsync(session.PlayerId, null);
            return new ResumeDto(session.PlayerId.ToString(), session.Name, null);
        }
        await scheduler.CancelAsync(RoomDeparture.SeatTimerKey(roomId, session.PlayerId));
        if (member.Connected)
            return new ResumeDto(session.PlayerId.ToString(), session.Name, await snapshots.For(room, session.PlayerId, cancellationToken));

        room.MarkConnected(session.PlayerId);
        await rooms.SaveAsync(room, cancellationToken);
        await mediator.Publish(new PlayerConnectionChangedIntegrationEvent(roomId, session.PlayerId, true), cancellationToken);
        var sent = await broadcaster.RoomChanged(room);
        var snapshot = await snapshots.For(roomId, sent.For(session.PlayerId), session.PlayerId, cancellationToken);
        return new ResumeDto(session.PlayerId.ToString(), session.Name, snapshot);
    }
}
