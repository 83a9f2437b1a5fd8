using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rounds;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.Rounds.Snapshots;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common.Redis;
using DrawGuess.Application.Players.Contracts;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Rounds.Redis;

/// <summary>
/// Each room's game (turn, scores, deadlines) as a hash of its JSON state, and the turn's canvas as a
/// journal list beside it (<see cref="CanvasJournal"/>). A canvas call stores only its journal
/// entries; every other change stores the state too. Under the room's lease this instance reuses the
/// game it held under its previous lease when no other lease was granted in between (the drawer's
/// strokes mostly arrive at one instance), and it knows how much of the canvas the journal holds.
/// Reads without the lease always get a fresh copy. A canvas call relayed only to this instance's connections
/// is appended behind it (<see cref="RoomWriteBehind"/>).
/// </summary>
internal sealed class RedisGameRepository(
    RedisConnection redis,
    RedisKeys keys,
    RoomWriteBehind writeBehind,
    IPlayerSessions sessions,
    IOptions<RedisOptions> options,
    TimeProvider clock)
    : IGameRepository
{
    private const string StateField = "state";

    /// <summary>
    /// Pods of the release before lease grants compare it to tell whether their game is current; it
    /// is still incremented by every save so they stay right during a rolling update.
    /// </summary>
    private const string PreviousReleaseVersionField = "version";
    private readonly TimeSpan _retention = options.Value.StateRetention;
    private readonly int _version = WriteVersion(options.Value);
    private readonly HeldUnderLease<HeldGame> _held = new(clock);

    /// <summary>The version games are written as: their newest, unless <see cref="RedisOptions.StoredStateVersion"/> asks for an older one.</summary>
    internal static int WriteVersion(RedisOptions options) => Math.Min(options.StoredStateVersion, GameSnapshotV3.Version);

    /// <summary>A game held under the lease is answered without the guard's state machines: a drawer's every stroke batch reads it.</summary>
    public Task<Game?> FindAsync(RoomId roomId, RoomFence? fence, CancellationToken cancellationToken) =>
        _held.Reuse(roomId, fence) is { } held ? Task.FromResult<Game?>(held.Game) : ReadAsync(roomId, fence);

    private Task<Game?> ReadAsync(RoomId roomId, RoomFence? fence) =>
        RedisGuard.Run(async () =>
        {
            writeBehind.WritePending(roomId); // sent before the read, so read back too
            var batch = redis.Database.CreateBatch();
            var state = batch.HashGetAsync(keys.Game(roomId), StateField);
            var journal = batch.ListRangeAsync(keys.Canvas(roomId));
            batch.Execute();
            var game = Read(await state, await journal, out var canvas);
            if (game is not null) _held.Hold(roomId, fence, HeldGame.Of(game, canvas));
            return game;
        });

    public Task SaveAsync(Game game, RoomFence? fence, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            var unwritten = writeBehind.TakeCanvas(game.RoomId, out var lost);
            var previous = lost ? null : _held.Reuse(game.RoomId, fence);
            _held.Forget(game.RoomId);
            var (state, canvas) = (StoredGame.Write(game, _version), game.CurrentTurn?.Canvas);
            var journalPosition = ReferenceEquals(previous?.Game, game) ? previous.Canvas : null;
            var (entries, rewrite) = (new List<RedisValue>(), true);
            if (canvas is not null) entries = CanvasJournal.EntriesSince(journalPosition, canvas, out rewrite);
            if (!rewrite) entries.InsertRange(0, unwritten);
            var (key, canvasKey) = (keys.Game(game.RoomId), keys.Canvas(game.RoomId));
            var batch = redis.Database.CreateTransaction();
            _ = batch.HashSetAsync(key, StateField, state);
            _ = batch.HashIncrementAsync(key, PreviousReleaseVersionField);
            _ = batch.KeyExpireAsync(key, _retention);
            _ = batch.SetAddAsync(keys.Games, game.RoomId.ToString());
            if (rewrite) _ = batch.KeyDeleteAsync(canvasKey);
            if (entries.Count > 0) _ = batch.ListRightPushAsync(canvasKey, [.. entries]);
            _ = batch.KeyExpireAsync(canvasKey, _retention);
            await batch.ExecuteAsync();
            writeBehind.CanvasSaved(game.RoomId);
            _held.Hold(game.RoomId, fence, HeldGame.Of(game, canvas));
        });

    /// <summary>
    /// Appends the canvas call's entries to the journal when this instance holds the game it last
    /// stored (a batch, not a transaction: the expiry and the old release's version only follow the
    /// append); otherwise stores the whole game. When every receiver is connected to this instance, the
    /// entries are handed to <see cref="RoomWriteBehind"/> and the call does not wait for Redis: the held
    /// game counts them as stored, and whatever stores the room next comes after them. With a receiver on
    /// another instance the call is relayed through Redis, so it is stored first: in a failover, a relay
    /// to nobody is then refused instead of accepted. The drawer's rate limit is left as last stored, so
    /// after a handover it restarts from there.
    /// </summary>
    public Task SaveCanvasAsync(Game game, IReadOnlyList<PlayerId> receivers, RoomFence? fence, CancellationToken cancellationToken)
    {
        if (fence is null || _held.Reuse(game.RoomId, fence) is not { } held || !ReferenceEquals(held.Game, game)
            || held.Canvas is not { } stored || !ReferenceEquals(game.CurrentTurn?.Canvas, stored.Canvas))
            return SaveAsync(game, fence, cancellationToken);
        var entries = CanvasJournal.EntriesSince(stored, stored.Canvas, out var rewrite);
        if (rewrite) return SaveAsync(game, fence, cancellationToken);
        if (sessions.AllKnownConnectedHere(receivers))
        {
            if (!writeBehind.TryAddCanvas(game.RoomId, fence, entries)) return SaveAsync(game, fence, cancellationToken);
            _held.Hold(game.RoomId, fence, new HeldGame(game, stored.Advanced()));
            return Task.CompletedTask;
        }
        if (writeBehind.HasUnwrittenCanvas(game.RoomId)) return SaveAsync(game, fence, cancellationToken);
        return RedisGuard.Run(async () =>
        {
            _held.Forget(game.RoomId);
            var canvasKey = keys.Canvas(game.RoomId);
            var batch = redis.Database.CreateBatch();
            var appended = entries.Count > 0 ? batch.ListRightPushAsync(canvasKey, [.. entries]) : Task.CompletedTask;
            _ = batch.KeyExpireAsync(canvasKey, _retention, CommandFlags.FireAndForget);
            _ = batch.HashIncrementAsync(keys.Game(game.RoomId), PreviousReleaseVersionField, flags: CommandFlags.FireAndForget);
            batch.Execute();
            await appended;
            _held.Hold(game.RoomId, fence, new HeldGame(game, stored.Advanced()));
        });
    }

    public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            _held.Forget(roomId);
            writeBehind.TakeCanvas(roomId, out _);
            var batch = redis.Database.CreateTransaction();
            _ = batch.KeyDeleteAsync(keys.Game(roomId));
            _ = batch.KeyDeleteAsync(keys.Canvas(roomId));
            _ = batch.SetRemoveAsync(keys.Games, roomId.ToString());
            await batch.ExecuteAsync();
            writeBehind.CanvasSaved(roomId);
        });

    public Task<int> CountRunningAsync(CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            var ids = await redis.Database.SetMembersAsync(keys.Games);
            if (ids.Length == 0) return 0;
            var batch = redis.Database.CreateBatch();
            var reads = ids.Select(id => batch.HashGetAsync(keys.Game(new RoomId(Guid.Parse((string)id!))), StateField)).ToArray();
            batch.Execute();
            var values = await Task.WhenAll(reads);
            var expired = ids.Where((_, i) => !values[i].HasValue).ToArray();
            if (expired.Length > 0) await redis.Database.SetRemoveAsync(keys.Games, expired);
            return values.Count(v => v.HasValue && StoredGame.Read(v!).IsRunning);
        });

    private static Game? Read(RedisValue state, RedisValue[] journal, out Canvas? canvas)
    {
        canvas = null;
        if (!state.HasValue) return null;
        var game = StoredGame.Read(state!);
        canvas = game.CurrentTurn?.Canvas;
        if (canvas is not null) CanvasJournal.Replay(canvas, journal);
        return game;
    }

    /// <summary>A game as Redis holds it, and how much of its canvas the journal holds.</summary>
    private sealed record HeldGame(Game Game, CanvasJournal.Position? Canvas)
    {
        public static HeldGame Of(Game game, Canvas? canvas) => new(game, canvas is null ? null : CanvasJournal.Position.Of(canvas));
    }
}
