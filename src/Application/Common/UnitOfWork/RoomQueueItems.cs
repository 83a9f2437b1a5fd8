using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace DrawGuess.Application.Common.UnitOfWork;

/// <summary>Hands a queued item to its handlers: every <see cref="IRoomEventHandler{TEvent}"/> of an event, the one handler of a command.</summary>
internal static class RoomQueueItems
{
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, object, IRoomUnitOfWork, CancellationToken, Task>> Dispatchers = new();

    public static Task DispatchAsync(IServiceProvider services, object item, IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        Dispatchers.GetOrAdd(item.GetType(), Create)(services, item, room, cancellationToken);

    private static Func<IServiceProvider, object, IRoomUnitOfWork, CancellationToken, Task> Create(Type type)
    {
        var command = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRoomCommand<>));
        var method = command is null
            ? typeof(RoomQueueItems).GetMethod(nameof(HandleEventAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.MakeGenericMethod(type)
            : typeof(RoomQueueItems).GetMethod(nameof(HandleCommandAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(type, command.GetGenericArguments()[0]);
        return method.CreateDelegate<Func<IServiceProvider, object, IRoomUnitOfWork, CancellationToken, Task>>();
    }

    private static async Task HandleEventAsync<TEvent>(IServiceProvider services, object item, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        foreach (var handler in services.GetServices<IRoomEventHandler<TEvent>>()) await handler.Handle((TEvent)item, room, cancellationToken);
    }

    private static Task HandleCommandAsync<TCommand, TResponse>(IServiceProvider services, object item, IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        services.GetRequiredService<IRoomCommandHandler<TCommand, TResponse>>().Handle((TCommand)item, room, cancellationToken);
}
