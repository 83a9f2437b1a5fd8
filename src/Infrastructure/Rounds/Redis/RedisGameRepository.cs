using System.Collections.Concurrent;
using DrawGuess.Application.Rounds;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Rounds.Redis;

/// <summary>
/// Each room's game (turn, scores, deadlines) as a hash of its JSON state and a version that every
/// save increments, and the turn's canvas as a journal list beside it (<see cref="CanvasJournal"/>).
/// The game is stored after every stroke batch: the state is small without the canvas, and the
/// journal gets only the batch. Under the room's lease this instance reuses the game it saved last
/// when the version says nobody else saved one since (the drawer's strokes mostly arrive at one
/// instance), and it knows how much of the canvas the journal holds. Reads without the lease always
/// get a fresh copy.
/// </summary>
internal sealed class RedisGameRepository(RedisConnection redis, RedisKeys keys, IOptions<RedisOptions> options) : IGameRepository
{
    private const string Kind = "game";
    private const string StateField = "state";
    private const string VersionField = "version";
    private readonly TimeSpan _retention = options.Value.StateRetention;
    private readonly ConcurrentDictionary<RoomId, LastSaved> _lastSaved = new();

    public Task<Game?> FindAsync(RoomId roomId, CancellationToken cancellationToken) =>
        RoomLeaseScope.LoadAsync(roomId, Kind, () => RedisGuard.Run(async () =>
        {
            if (RoomLeaseScope.IsHeld(roomId) && _lastSaved.TryGetValue(roomId, out var saved)
                && (long?)await redis.Database.HashGetAsync(keys.Game(roomId), VersionField) == saved.Version)
                return saved.Game;
            _lastSaved.TryRemove(roomId, out _);
            var batch = redis.Database.CreateBatch();
            var state = batch.HashGetAsync(keys.Game(roomId), StateField);
            var journal = batch.ListRangeAsync(keys.Canvas(roomId));
            batch.Execute();
            return Read(await state, await journal);
        }));

    public Task SaveAsync(Game game, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            RoomLeaseScope.Remember(game.RoomId, Kind, game);
            _lastSaved.TryRemove(game.RoomId, out var previous);
            var state = DomainStateJson.SerializeWithoutCanvas(game, out var canvas);
            var journalPosition = ReferenceEquals(previous?.Game, game) ? previous.Canvas : null;
            var (entries, rewrite) = (new List<RedisValue>(), true);
            if (canvas is not null) entries = CanvasJournal.EntriesSince(journalPosition, canvas, out rewrite);
            var (key, canvasKey) = (keys.Game(game.RoomId), keys.Canvas(game.RoomId));
            var batch = redis.Database.CreateTransaction();
            _ = batch.HashSetAsync(key, StateField, state);
            var version = batch.HashIncrementAsync(key, VersionField);
            _ = batch.KeyExpireAsync(key, _retention);
            _ = batch.SetAddAsync(keys.Games, game.RoomId.ToString());
            if (rewrite) _ = batch.KeyDeleteAsync(canvasKey);
            if (entries.Count > 0) _ = batch.ListRightPushAsync(canvasKey, [.. entries]);
            _ = batch.KeyExpireAsync(canvasKey, _retention);
            await batch.ExecuteAsync();
            if (RoomLeaseScope.IsHeld(game.RoomId))
                _lastSaved[game.RoomId] = new LastSaved(await version, game, canvas is null ? null : CanvasJournal.Position.Of(canvas));
        });

    public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            RoomLeaseScope.Forget(roomId, Kind);
            _lastSaved.TryRemove(roomId, out _);
            var batch = redis.Database.CreateTransaction();
            _ = batch.KeyDeleteAsync(keys.Game(roomId));
            _ = batch.KeyDeleteAsync(keys.Canvas(roomId));
            _ = batch.SetRemoveAsync(keys.Games, roomId.ToString());
            await batch.ExecuteAsync();
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
            return values.Count(v => v.HasValue && DomainStateJson.DeserializeWithoutCanvas<Game>(v!, out _).IsRunning);
        });

    private static Game? Read(RedisValue state, RedisValue[] journal)
    {
        if (!state.HasValue) return null;
        var game = DomainStateJson.DeserializeWithoutCanvas<Game>(state!, out var canvas);
        if (canvas is not null) CanvasJournal.Replay(canvas, journal);
        return game;
    }

    private sealed record LastSaved(long Version, Game Game, CanvasJournal.Position? Canvas);
}
