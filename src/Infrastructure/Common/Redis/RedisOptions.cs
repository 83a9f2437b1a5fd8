namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>Configuration section "Redis": used when <c>Storage:LiveState</c> is <c>Redis</c>.</summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>Starts every key and pub/sub channel, so several deployments (or test runs) can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "drawguess:";

    /// <summary>How long a room, its game and its chat outlive their last change: abandoned rooms expire by themselves.</summary>
    public TimeSpan StateRetention { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a room's lease lasts if its holder dies before releasing it.</summary>
    public TimeSpan RoomLease { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long after taking a room's lease this instance keeps it for its further commands on the room
    /// (at most a third of <see cref="RoomLease"/>), extended by as much again while the commands go on
    /// and no other instance is in line. A command on another instance asks for the room and gets it when
    /// the command holding it ends; only when the holder does not hear the request (a pod of an older
    /// release) does it wait up to about one and a half times this (<see cref="KeptRoomLease"/>).
    /// Every half of this, one script extends every kept lease in use (docs/operations.md, "Live state in Redis").
    /// </summary>
    public TimeSpan RoomLeaseKeptFor { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long a drawer's canvas calls and the room's chat lines may wait in memory before they reach Redis, when
    /// every receiver of the room is connected to this instance (ADRs 0022 and 0023): what a killed instance loses is
    /// at most this much drawing and chat, which its players saw. Zero sends each command's writes at once, still
    /// without waiting for Redis.
    /// </summary>
    public TimeSpan WriteBehind { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How long a command waits for a room's lease before it gives up with SERVICE_UNAVAILABLE.</summary>
    public TimeSpan RoomLeaseWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The newest version of rooms, games and chat this instance writes (docs/operations.md, "Stored state versions");
    /// a part whose newest version is older writes that. 0 during a rollout from a release before versioned state,
    /// whose instances cannot read version 1; 1 during a rollout from a release before version 2 (games with ratings,
    /// rooms with spectators), whose instances cannot read it; 2 during a rollout from a release before version 3
    /// (games without their players' connection state).
    /// </summary>
    public int StoredStateVersion { get; set; } = 3;

    /// <summary>How often each instance looks for due turn timers.</summary>
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromMilliseconds(25);
}
