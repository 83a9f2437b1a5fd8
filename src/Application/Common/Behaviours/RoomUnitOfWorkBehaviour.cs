using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.Common;
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
        try
        {
            var response = await services.GetRequiredService<IRoomCommandHandler<TRequest, TResponse>>().Handle(request, room, cancellationToken);
            await room.CommitAsync(cancellationToken);
            return response;
        }
        catch (Exception exception) when (!IsRefusal(exception))
        {
            held.CommandFailed();
            throw;
        }
    }

    /// <summary>
    /// A rule of the game refused the command: rules are checked before anything changes (docs/protocol.md#errors),
    /// so what the stores hold stays good. Any other failure (Redis going away halfway) may leave changes unstored.
    /// </summary>
    private static bool IsRefusal(Exception exception) => exception is GameRuleException { Code: not ErrorCodes.ServiceUnavailable };

    private async Task<(PlayerSessionView? Caller, RoomId RoomId)> TargetOf(TRequest request) => request switch
    {
        ICallerRoomCommand<TResponse> fromPlayer => await sessions.RequireCallerInRoomAsync(fromPlayer.ConnectionId),
        INamedRoomCommand<TResponse> named => (null, named.RoomId),
        _ => throw new InvalidOperationException($"{typeof(TRequest).Name} names no room."),
    };
}
