using DrawGuess.Application.Chat;
using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Domain.Chat;
using DrawGuess.Domain.Chat.Snapshots;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Chat.Redis;

/// <summary>
/// Each room's chat log as its rate-limit state and a list of its messages (<see cref="ChatJournal"/>):
/// a save under a run of this instance's leases appends the new messages, any other save rewrites
/// the list. Under the room's lease this instance reuses the log it held under an earlier lease of
/// the same run. After another instance held the room, it reads only the list's last entries and takes
/// the messages it already knows from what it last read or stored (<see cref="ChatJournal.KnownTail"/>). An append
/// whose readers are all connected to this instance is written behind the command (<see cref="RoomWriteBehind"/>, ADR 0023).
/// </summary>
internal sealed class RedisChatRepository(
    RedisConnection redis,
    RedisKeys keys,
    RoomWriteBehind writeBehind,
    IPlayerSessions sessions,
    IOptions<RedisOptions> options,
    TimeProvider clock)
    : IChatRepository
{
    private readonly TimeSpan _retention = options.Value.StateRetention;
    // Its newest version is older than the games' and the rooms': a newer setting writes it as 1.
    private readonly int _version = WriteVersion(options.Value);
    private readonly HeldUnderLease<ChatJournal.Position> _held = new(clock);
    private readonly RoomsInUse<ChatJournal.KnownTail> _known = new(clock);

    /// <summary>The version chat states are written as: their newest, unless <see cref="RedisOptions.StoredStateVersion"/> asks for an older one.</summary>
    internal static int WriteVersion(RedisOptions options) => Math.Min(options.StoredStateVersion, ChatLogSnapshotV1.Version);

    public Task<ChatLog> GetAsync(RoomId roomId, RoomFence? fence, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            if (_held.Reuse(roomId, fence) is { } held) return held.Log;
            writeBehind.WritePending(roomId); // sent before the read, so read back too
            var log = _known.Use(roomId) is { } known ? await ReadSinceAsync(roomId, known) : null;
            if (log is null)
            {
                var batch = redis.Database.CreateBatch();
                var stateRead = batch.StringGetAsync(keys.ChatState(roomId));
                var messagesRead = batch.ListRangeAsync(keys.ChatMessages(roomId));
                var wholeLogRead = batch.StringGetAsync(keys.ChatOfPreviousRelease(roomId));
                batch.Execute();
                var (state, messages, wholeLog) = (await stateRead, await messagesRead, await wholeLogRead);
                // Stored by the release before this one, as one JSON value with the history, so a rolling
                // update keeps the rooms' chat; the next save rewrites it in the journal's keys.
                if (!state.HasValue) return wholeLog.HasValue ? StoredChat.ReadWholeLog(wholeLog!) : new ChatLog();
                log = ChatJournal.Read(state!, messages, out _);
                Remember(roomId, ChatJournal.KnownTail.Of(log, messages.Length > 0 ? messages[^1] : RedisValue.Null));
            }
            _held.Hold(roomId, fence, ChatJournal.Position.Of(log));
            return log;
        });

    /// <summary>
    /// The log from its state and the entries stored after the last one this instance knows, or null when
    /// that entry is no longer among the last <see cref="ChatJournal.TailLength"/> (many messages since, or the list was rewritten).
    /// </summary>
    private async Task<ChatLog?> ReadSinceAsync(RoomId roomId, ChatJournal.KnownTail known)
    {
        var batch = redis.Database.CreateBatch();
        var stateRead = batch.StringGetAsync(keys.ChatState(roomId));
        var tailRead = batch.ListRangeAsync(keys.ChatMessages(roomId), -ChatJournal.TailLength, -1);
        batch.Execute();
        var (state, entries) = (await stateRead, await tailRead);
        if (!state.HasValue || ChatJournal.ReadSince(state!, known, entries, out var tail) is not { } log) return null;
        Remember(roomId, tail);
        return log;
    }

    private void Remember(RoomId roomId, ChatJournal.KnownTail? tail)
    {
        if (tail is null) _known.Remove(roomId);
        else _known.Set(roomId, tail);
    }

    /// <summary>
    /// Appends the log's new messages and replaces its state: behind the command when every reader is known to be
    /// connected to this instance (the lines then cross no other instance), otherwise in a transaction it waits for,
    /// which takes the room's chat writes still waiting before it. After a lost write the list is rewritten whole.
    /// </summary>
    public Task SaveAsync(RoomId roomId, ChatLog log, IReadOnlyList<PlayerId> readers, RoomFence? fence, CancellationToken cancellationToken)
    {
        var stored = _held.Reuse(roomId, fence);
        var known = _known.Find(roomId);
        if (fence is not null && stored is not null && ReferenceEquals(stored.Log, log) && sessions.AllKnownConnectedHere(readers))
        {
            var appended = ChatJournal.EntriesSince(stored, log, out _, _version);
            if (writeBehind.TryAddChat(roomId, fence, StoredChat.WriteState(log, _version), appended, log.MessageCount))
            {
                Stored(roomId, log, fence, appended, rewrite: false, known);
                return Task.CompletedTask;
            }
        }
        var unwritten = writeBehind.TakeChat(roomId, out var lost);
        if (lost) stored = null;
        _held.Forget(roomId);
        _known.Remove(roomId);
        return RedisGuard.Run(async () =>
        {
            var state = StoredChat.WriteState(log, _version);
            var entries = ChatJournal.EntriesSince(stored, log, out var rewrite, _version);
            if (!rewrite) entries.InsertRange(0, unwritten);
            var listKey = keys.ChatMessages(roomId);
            var transaction = redis.Database.CreateTransaction();
            _ = transaction.StringSetAsync(keys.ChatState(roomId), state, _retention);
            if (rewrite)
            {
                _ = transaction.KeyDeleteAsync(listKey);
                _ = transaction.KeyDeleteAsync(keys.ChatOfPreviousRelease(roomId));
            }
            if (entries.Count > 0) _ = transaction.ListRightPushAsync(listKey, [.. entries]);
            // The list held the log's messages before this save, so it now holds the same as the log
            // once trimmed to the log's length (the log keeps only its last 200).
            if (log.MessageCount > 0) _ = transaction.ListTrimAsync(listKey, -log.MessageCount, -1);
            _ = transaction.KeyExpireAsync(listKey, _retention);
            await transaction.ExecuteAsync();
            writeBehind.ChatSaved(roomId);
            Stored(roomId, log, fence, entries, rewrite, known);
        });
    }

    /// <summary>What this instance holds of the room once <paramref name="entries"/> are stored (or handed on to be).</summary>
    private void Stored(RoomId roomId, ChatLog log, RoomFence? fence, List<RedisValue> entries, bool rewrite, ChatJournal.KnownTail? known)
    {
        _held.Hold(roomId, fence, ChatJournal.Position.Of(log));
        var lastEntry = entries.Count > 0 ? entries[^1] : rewrite || known is null ? RedisValue.Null : (RedisValue)known.LastEntry;
        Remember(roomId, ChatJournal.KnownTail.Of(log, lastEntry));
    }

    public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken)
    {
        _held.Forget(roomId);
        _known.Remove(roomId);
        writeBehind.TakeChat(roomId, out _);
        return RedisGuard.Run(() => redis.Database.KeyDeleteAsync([keys.ChatState(roomId), keys.ChatMessages(roomId), keys.ChatOfPreviousRelease(roomId)]));
    }
}
