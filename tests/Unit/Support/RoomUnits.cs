using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.UnitTests.Support;

/// <summary>Runs a rule in a room's unit of work and commits it, as the room command behaviour does (without the lock).</summary>
internal static class RoomUnits
{
    public static async Task<T> RunAsync<T>(IServiceProvider services, RoomId roomId, Func<IRoomUnitOfWork, Task<T>> rule, PlayerSessionView? caller = null)
    {
        var unit = new RoomUnitOfWork(services, roomId, caller, fence: null);
        var result = await rule(unit);
        await unit.CommitAsync(CancellationToken.None);
        return result;
    }
}
