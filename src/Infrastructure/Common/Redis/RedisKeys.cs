using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>Every Redis key DrawGuess uses (docs/operations.md, "Redis key layout").</summary>
internal sealed class RedisKeys(IOptions<RedisOptions> options)
{
    private readonly string _prefix = options.Value.KeyPrefix;

    public RedisKey Room(RoomId id) => $"{_prefix}room:{id}";
    public RedisKey RoomCode(RoomCode code) => $"{_prefix}room-code:{code}";
    public RedisKey Rooms => $"{_prefix}rooms";
    public RedisKey Game(RoomId id) => $"{_prefix}game:{id}";
    public RedisKey Canvas(RoomId id) => $"{_prefix}canvas:{id}";
    public RedisKey Games => $"{_prefix}games";
    public RedisKey ChatState(RoomId id) => $"{_prefix}chat-state:{id}";
    public RedisKey ChatMessages(RoomId id) => $"{_prefix}chat-messages:{id}";

    /// <summary>The whole chat log as one JSON value, as releases before 2026-12-02 stored it; only read.</summary>
    public RedisKey ChatOfPreviousRelease(RoomId id) => $"{_prefix}chat:{id}";
    public RedisKey RoomLease(RoomId id) => $"{_prefix}lease:{id}";
    public RedisKey RoomLeaseLastGranted(RoomId id) => $"{_prefix}lease-granted:{id}";
    public RedisKey RoomLeaseNextInLine(RoomId id) => $"{_prefix}lease-next:{id}";

    public RedisKey Timers => $"{_prefix}timers";
    public RedisKey TimerCommands => $"{_prefix}timer-commands";
    public RedisKey TimerClaims => $"{_prefix}timer-claims";
    public RedisKey TimerOwners => $"{_prefix}timer-owners";

    public RedisKey Session(PlayerId id) => $"{_prefix}session:{id}";
    public RedisKey SessionByToken(string tokenHash) => $"{_prefix}session-token:{tokenHash}";
    public RedisKey SessionByConnection(string connectionId) => $"{_prefix}connection:{connectionId}";
    public RedisKey Sessions => $"{_prefix}sessions";
    public RedisKey Connections => $"{_prefix}connections";
    public RedisKey IdleSessions => $"{_prefix}idle-sessions";

    public RedisKey GalleryDrafts(GameId id) => $"{_prefix}gallery-drafts:{id}";
    public RedisKey GalleryGuessTimes(GameId id) => $"{_prefix}gallery-guesses:{id}";
    public RedisKey LastGallery(RoomId id) => $"{_prefix}last-gallery:{id}";

    public RedisKey ResultsOutbox => $"{_prefix}results-outbox";
    public RedisKey ResultsOutboxOrder => $"{_prefix}results-outbox-order";

    public RedisKey Instances => $"{_prefix}instances";
    public RedisKey InstanceAlive(string instanceId) => $"{_prefix}instance-alive:{instanceId}";
    public RedisKey Readiness(string instanceId) => $"{_prefix}readiness:{instanceId}";
    public RedisKey InstanceConnections(string instanceId) => $"{InstanceConnectionsPrefix}{instanceId}";
    public string InstanceConnectionsPrefix => $"{_prefix}instance-connections:";
}
