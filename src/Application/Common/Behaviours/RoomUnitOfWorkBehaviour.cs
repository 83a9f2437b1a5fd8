using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.SharedKernel;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace DrawGuess.Application.Common.Behaviours;

/// <summary>
/// Runs every room command: resolves the caller and the room, takes the room's lock, hands the handler a
/// unit of work, then commits it (queued reactions, one save per changed part, the players' messages) and
/// lets the lock go. Other requests pass through.
/// </summary>
internal sealed class RoomUnitOfWorkBehaviour<TRequest, TResponse>(IServiceProvider services, IPlayerSessions sessions, IRoomLocks locks)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IRoomCommand<TResponse>) return await next();
        var (caller, roomId) = await TargetOf(request);
        using var held = await locks.AcquireAsync(roomId, cancellationToken);
        var room = new RoomUnitOfWork(services, roomId, caller, held.Fence);
        var response = await services.GetRequiredService<IRoomCommandHandler<TRequest, TResponse>>().Handle(request, room, cancellationToken);
        await room.CommitAsync(cancellationToken);
        return response;
    }

    private async Task<(PlayerSessionView? Caller, RoomId RoomId)> TargetOf(TRequest request) => request switch
    {
        ICallerRoomCommand<TResponse> fromPlayer => await sessions.RequireCallerInRoomAsync(fromPlayer.ConnectionId),
        INamedRoomCommand<TResponse> named => (null, named.RoomId),
        _ => throw new InvalidOperationException($"{typeof(TRequest).Name} names no room."),
    };
}
