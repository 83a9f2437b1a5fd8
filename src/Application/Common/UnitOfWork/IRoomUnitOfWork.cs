using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Common.UnitOfWork;

/// <summary>
/// One room command's view of its room, under the room's lock: each part of the room's state (room, game,
/// chat log) is loaded at most once, on first use, and saved once at the end if its version moved. Events
/// and queued commands are handled one after another once the handler returns, not nested in it.
/// </summary>
public interface IRoomUnitOfWork
{
    RoomId RoomId { get; }

    /// <summary>The player who sent an <see cref="ICallerRoomCommand{TResponse}"/>; fails for other commands.</summary>
    PlayerSessionView Caller { get; }

    /// <summary>The room's <typeparamref name="T"/>, loaded on first use, or null when the room has none.</summary>
    Task<T?> FindAsync<T>(CancellationToken cancellationToken) where T : AggregateRoot;

    /// <summary>A new <typeparamref name="T"/> for the room, replacing any stored one when the unit of work commits.</summary>
    void Add<T>(T aggregate) where T : AggregateRoot;

    /// <summary>Deletes the room's <typeparamref name="T"/> when the unit of work commits.</summary>
    void Remove<T>() where T : AggregateRoot;

    /// <summary>Queues an integration event for the other modules' <see cref="IRoomEventHandler{TEvent}"/>s.</summary>
    void Publish(INotification integrationEvent);

    /// <summary>Queues a command for its <see cref="IRoomCommandHandler{TCommand,TResponse}"/>, in this unit of work.</summary>
    void Send(IRoomCommand<Unit> command);

    /// <summary>A message to players, sent once the state is saved, in the order asked.</summary>
    void AfterCommit(Func<Task> send);

    /// <summary>Like <see cref="AfterCommit"/>, after every other message: a summary of the state the command left.</summary>
    void LastAfterCommit(Func<Task> send);

    /// <summary>State a module keeps for the rest of this unit of work (what to broadcast at its end), created on first use.</summary>
    T Scratch<T>() where T : class, new();
}
