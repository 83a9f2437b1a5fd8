using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Common.UnitOfWork;

/// <summary>The identity map of one room command: what it loaded, what it queued, and the commit at its end.</summary>
internal sealed class RoomUnitOfWork(IServiceProvider services, RoomId roomId, PlayerSessionView? caller, RoomFence? fence) : IRoomUnitOfWork
{
    /// <summary>A command whose reactions raise events forever is a bug; stop it instead of holding the room's lock.</summary>
    private const int MaxQueuedItems = 1000;

    // A drawer's stroke batch is a room command too: what most commands never use is created on first use.
    private readonly List<Part> _parts = new(capacity: 3);
    private Queue<object>? _queue;
    private List<Func<Task>>? _messages;
    private List<Func<Task>>? _lastMessages;
    private Dictionary<Type, object>? _scratch;
    private int _handled;

    public RoomId RoomId { get; } = roomId;

    public PlayerSessionView Caller => caller ?? throw new InvalidOperationException("This room command was not sent by a player.");

    public async Task<T?> FindAsync<T>(CancellationToken cancellationToken) where T : AggregateRoot
    {
        var part = PartOf<T>();
        if (!part.Loaded)
        {
            part.Track(await part.Store.FindAsync(RoomId, fence, cancellationToken), isNew: false);
        }
        return part.State;
    }

    public void Add<T>(T aggregate) where T : AggregateRoot => PartOf<T>().Track(aggregate, isNew: true);

    public void Remove<T>() where T : AggregateRoot => PartOf<T>().Track(null, isNew: false, removed: true);

    public void Publish(INotification integrationEvent) => (_queue ??= new()).Enqueue(integrationEvent);

    public void Send(IRoomCommand<Unit> command) => (_queue ??= new()).Enqueue(command);

    public void AfterCommit(Func<Task> send) => (_messages ??= []).Add(send);

    public void LastAfterCommit(Func<Task> send) => (_lastMessages ??= []).Add(send);

    public T Scratch<T>() where T : class, new()
    {
        _scratch ??= [];
        if (!_scratch.TryGetValue(typeof(T), out var value)) _scratch[typeof(T)] = value = new T();
        return (T)value;
    }

    /// <summary>
    /// Handles the queued events and commands until none is left, then saves every part whose version
    /// moved (or that is new or removed) and sends the messages. Sends start once every save is issued:
    /// the stores write in order on their connection, so no message can overtake the write it reports.
    /// </summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        while (NextQueued() is { } item)
        {
            if (++_handled > MaxQueuedItems) throw new InvalidOperationException($"Room {RoomId}: more than {MaxQueuedItems} events in one command.");
            await RoomQueueItems.DispatchAsync(services, item, this, cancellationToken);
        }
        // A store may load another part while it saves (GameStore reads the room's presence): save the parts as they are now.
        var parts = _parts.ToArray();
        var saves = new Task[parts.Length];
        for (var i = 0; i < saves.Length; i++) saves[i] = parts[i].SaveAsync(this, fence, cancellationToken);
        if (_messages is not null)
        {
            foreach (var send in _messages) await send();
        }
        if (_lastMessages is not null)
        {
            foreach (var send in _lastMessages) await send();
        }
        await Task.WhenAll(saves);
    }

    private object? NextQueued()
    {
        foreach (var part in _parts)
        {
            if (part.Aggregate is not { } aggregate) continue;
            foreach (var domainEvent in aggregate.DequeueDomainEvents()) (_queue ??= new()).Enqueue(domainEvent);
        }
        return _queue is not null && _queue.TryDequeue(out var item) ? item : null;
    }

    private Part<T> PartOf<T>() where T : AggregateRoot
    {
        foreach (var part in _parts)
        {
            if (part is Part<T> typed) return typed;
        }
        var created = new Part<T>((IRoomStateStore<T>)services.GetService(typeof(IRoomStateStore<T>))!
            ?? throw new InvalidOperationException($"No store for {typeof(T).Name}."));
        _parts.Add(created);
        return created;
    }

    private abstract class Part
    {
        public abstract AggregateRoot? Aggregate { get; }

        public abstract Task SaveAsync(IRoomUnitOfWork room, RoomFence? fence, CancellationToken cancellationToken);
    }

    private sealed class Part<T>(IRoomStateStore<T> store) : Part where T : AggregateRoot
    {
        private long? _loadedVersion;
        private bool _removed;

        public IRoomStateStore<T> Store { get; } = store;
        public bool Loaded { get; private set; }
        public T? State { get; private set; }
        public override AggregateRoot? Aggregate => State;

        public void Track(T? state, bool isNew, bool removed = false)
        {
            Loaded = true;
            State = state;
            _loadedVersion = isNew ? null : state?.Version;
            _removed = removed || (_removed && !isNew);
        }

        public override Task SaveAsync(IRoomUnitOfWork room, RoomFence? fence, CancellationToken cancellationToken)
        {
            if (State is null) return _removed ? Store.RemoveAsync(room.RoomId, cancellationToken) : Task.CompletedTask;
            if (_loadedVersion is { } loaded && loaded == State.Version) return Task.CompletedTask;
            return Store.SaveAsync(room, State, _loadedVersion, fence, cancellationToken);
        }
    }
}
